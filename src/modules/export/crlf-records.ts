const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * PostgreSQL's COPY ends CSV records with LF; RFC 4180 (and the spreadsheets that read our files)
 * wants CRLF. Returns a function that rewrites the LF ending each record, chunk after chunk, and
 * leaves line breaks inside quoted fields as they are: in COPY's CSV every `"` opens or closes a
 * quoted field (a doubled one inside closes and reopens it), so counting them tells which LF ends
 * a record. Scans with Buffer.indexOf (memchr), never byte by byte in JavaScript.
 */
export function crlfRecords(): (chunk: Buffer) => Buffer {
  let quoted = false;
  return (chunk) => {
    const parts: Buffer[] = [];
    let start = 0;
    let at = 0;
    let lineEnd = -2; // the next LF at or after `at` (-1: none in this chunk; -2: not looked for)
    while (at < chunk.length) {
      if (quoted) {
        const close = chunk.indexOf(QUOTE, at);
        if (close < 0) break;
        quoted = false;
        at = close + 1;
        continue;
      }
      if (lineEnd !== -1 && lineEnd < at) lineEnd = chunk.indexOf(LF, at);
      const open = chunk.indexOf(QUOTE, at);
      if (lineEnd >= 0 && (open < 0 || lineEnd < open)) {
        parts.push(chunk.subarray(start, lineEnd), CRLF);
        start = at = lineEnd + 1;
        continue;
      }
      if (open < 0) break;
      quoted = true;
      at = open + 1;
    }
    if (parts.length === 0) return chunk;
    if (start < chunk.length) parts.push(chunk.subarray(start));
    return Buffer.concat(parts);
  };
}
