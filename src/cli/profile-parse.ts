/*
 * npm run -s profile:parse -- <page.txt> [--slug <slug>] [--as-of <YYYY-MM-DD>]
 *
 * Reads the text of an EQUAL Development Partnership profile page and prints ONE interchange
 * document (schema/interchange.schema.json) on stdout; on stderr, which sections the page does not
 * state or lists as empty, and the text it could not place. Nothing but the document goes to stdout,
 * so `> data/partnerships/<slug>.json` gives a file to complete by hand or import.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { InterchangeError } from '../modules/import/interchange.validate';
import { ProfilePageError } from '../modules/import/profile-page.parser';
import { profilePageReport, readProfilePage } from '../modules/import/profile-page.files';

const USAGE = 'usage: npm run -s profile:parse -- <page.txt> [--slug <slug>] [--as-of <YYYY-MM-DD>]';

function main(): number {
  let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { slug: { type: 'string' }; 'as-of': { type: 'string' }; help: { type: 'boolean'; short: 'h' } } }>>;
  try {
    args = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = args;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error(`--as-of "${asOf}" is not a YYYY-MM-DD date\n${USAGE}`);
    return 2;
  }
  // npm runs scripts in the project folder; a relative path means the caller's folder.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  try {
    const page = readProfilePage(path, { slug: values.slug, asOf });
    process.stdout.write(JSON.stringify(page.parse.document, null, 2) + '\n');
    for (const line of profilePageReport(page)) console.error(line);
    return 0;
  } catch (e) {
    if (e instanceof ProfilePageError) console.error(`profile:parse: ${e.message}`);
    else if (e instanceof InterchangeError) console.error(`profile:parse: the document read from the page is not valid: ${e.message}`);
    else throw e;
    return 1;
  }
}

process.exitCode = main();
