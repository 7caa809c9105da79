/**
 * COPY ends CSV records with LF; the export rewrites those to CRLF (RFC 4180) and leaves line
 * breaks inside quoted fields alone, however PostgreSQL's chunks split the text.
 */
import { parse as parseSync } from 'csv-parse/sync';
import { crlfRecords } from '../src/modules/export/crlf-records';

const COPY_OUTPUT = 'a,b,c\n1,"two\nlines",x\n2,"say ""hi""\n, ok",\n3,"",""""\n4,plain,"ends with LF\n"\n';
const EXPECTED = 'a,b,c\r\n1,"two\nlines",x\r\n2,"say ""hi""\n, ok",\r\n3,"",""""\r\n4,plain,"ends with LF\n"\r\n';

test('record ends become CRLF, line breaks inside quoted fields stay LF', () => {
  expect(crlfRecords()(Buffer.from(COPY_OUTPUT)).toString()).toBe(EXPECTED);
  expect(parseSync(EXPECTED)).toEqual(parseSync(COPY_OUTPUT));
});

test('the same bytes whatever the chunk boundaries (every split into two and into single bytes)', () => {
  const bytes = Buffer.from(COPY_OUTPUT);
  for (let at = 0; at <= bytes.length; at++) {
    const crlf = crlfRecords();
    expect(Buffer.concat([crlf(bytes.subarray(0, at)), crlf(bytes.subarray(at))]).toString()).toBe(EXPECTED);
  }
  const crlf = crlfRecords();
  expect(Buffer.concat([...bytes].map((b) => crlf(Buffer.from([b])))).toString()).toBe(EXPECTED);
});
