/**
 * Example of the typed client: partnerships compared on employment (ESF participants, those in
 * employment on leaving, and the rate the hub derives), printed as a small table.
 *
 *   npm run example:compare -- --url http://localhost:4000/graphql [--indicators esf.cr04,hub.employment-rate]
 */
import { parseArgs } from 'node:util';
import { CompareEmploymentDocument, type CompareEmploymentQuery } from '../client/generated/graphql';
import { request } from '../client/request';

export const EMPLOYMENT_INDICATORS = ['esf.participants', 'esf.cr04', 'hub.employment-rate'];

type Comparison = CompareEmploymentQuery['comparison'];
type Cell = Comparison['rows'][number]['cells'][number];

export interface EmploymentRow {
  partnership: string;
  /** By indicator code: the figure, or null when not reported or withheld. */
  values: Record<string, number | null>;
}

export interface CompareOptions {
  url: string;
  indicators?: string[];
  partnerships?: string[];
  headers?: Record<string, string>;
  /** Where the table goes; stdout by default. */
  print?: (line: string) => void;
}

function show(cell: Cell): string {
  if (cell.value === null) return cell.status === 'SUPPRESSED' ? 'withheld' : '-';
  const value = cell.unit === 'PERCENT' ? `${cell.value.toFixed(1)}%` : String(cell.value);
  return cell.qualifier === 'AT_LEAST' ? `>=${value}` : value;
}

/** Fetches the comparison with the typed client, prints it as a table and returns its figures. */
export async function main({ url, indicators = EMPLOYMENT_INDICATORS, partnerships, headers, print = console.log }: CompareOptions): Promise<EmploymentRow[]> {
  const { comparison } = await request(url, CompareEmploymentDocument, { indicators, partnerships }, { headers });
  const header = ['partnership', ...comparison.indicators.map((i) => i.code)];
  const lines = comparison.rows.map((row) => [row.partnership.slug, ...row.cells.map(show)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  print(format(header));
  for (const line of lines) print(format(line));
  print('');
  for (const indicator of comparison.indicators) print(`${indicator.code}: ${indicator.label} (${indicator.unit})`);
  return comparison.rows.map((row) => ({
    partnership: row.partnership.slug,
    values: Object.fromEntries(row.cells.map((cell) => [cell.indicator.code, cell.value])),
  }));
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.HUB_URL ?? 'http://localhost:4000/graphql' },
      indicators: { type: 'string' },
      partnerships: { type: 'string' },
      key: { type: 'string', description: 'API key (or HUB_API_KEY)' },
    },
  });
  const key = values.key ?? process.env.HUB_API_KEY;
  main({
    url: values.url!,
    indicators: values.indicators?.split(','),
    partnerships: values.partnerships?.split(','),
    headers: key ? { authorization: `Bearer ${key}` } : {},
  }).catch((error: Error & { codes?: string[] }) => {
    console.error(`compare-employment: ${error.message}${error.codes?.length ? ` (${error.codes.join(', ')})` : ''}`);
    process.exitCode = 1;
  });
}
