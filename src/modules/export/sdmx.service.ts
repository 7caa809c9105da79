import { fetchRows, type ReadScope } from '../../db/row-loaders';
import { EXPORT_COLUMNS, observationExportSql, resolveFilter, type ExportFilter, type ExportRow } from './export.service';

/**
 * SDMX-CSV 2.0 view of the observations export (sdmx-twg/sdmx-csv, data-message field guide):
 * STRUCTURE, STRUCTURE_ID, ACTION, then the dimensions, the measure and the attributes. It is
 * computed over the rows of the CSV export's own statement, so disclosure, visibility and filters
 * are exactly the CSV export's: nothing is decided again here.
 */
export const SDMX_AGENCY = 'PDH';
export const SDMX_DATAFLOW = 'OBSERVATIONS';
export const SDMX_VERSION = '1.0';
export const SDMX_STRUCTURE_ID = `${SDMX_AGENCY}:${SDMX_DATAFLOW}(${SDMX_VERSION})`;

/** Frictionless Table Schema field types the columns use. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export interface SdmxColumn {
  id: string;
  role: 'structure' | 'dimension' | 'measure' | 'attribute';
  type: FieldType;
  description: string;
  /** SQL over the export row `x`. */
  sql: string;
  /** Coded components: their code list, each code's name as SQL over `x`. */
  codelist?: { id: string; name: string };
}

/** SDMX IDs allow [A-Za-z0-9_@$-] only; the hub's codes (e.g. bury-est/starters) keep their letters. */
const sdmxId = (expr: string) => `regexp_replace(${expr}, '[^A-Za-z0-9_@$-]', '_', 'g')`;
const withheld = `x.suppression_reason is not null`;

/** SDMX cross-domain CL_OBS_STATUS 2.2 codes used, with their names (A, E, F, P; Q for a suppressed missing value). */
const OBS_STATUS: Record<string, string> = {
  A: 'Normal value',
  E: 'Estimated value',
  F: 'Forecast value',
  P: 'Provisional value',
  Q: 'Missing value; suppressed',
};
/** CL_CONF_STATUS codes used: C confidential (the hub does not tell primary from secondary suppression), F free. */
const CONF_STATUS: Record<string, string> = { C: 'Confidential statistical information', F: 'Free' };
/** REVISED has no CL_OBS_STATUS 2.2 code: A, with "revised" in OBS_NOTE. */
const STATUS_CODES: Record<string, string> = { NORMAL: 'A', ESTIMATED: 'E', PROVISIONAL: 'P', FORECAST: 'F', REVISED: 'A' };
const QUALIFIER_NOTES: Record<string, string> = { AT_LEAST: 'over', ALMOST: 'almost', APPROXIMATELY: 'approximately' };

const caseOf = (expr: string, map: Record<string, string>, otherwise = 'null') =>
  `case ${expr} ${Object.entries(map)
    .map(([k, v]) => `when '${k}' then '${v.replace(/'/g, "''")}'`)
    .join(' ')} else ${otherwise} end`;

export const SDMX_COLUMNS: readonly SdmxColumn[] = [
  { id: 'STRUCTURE', role: 'structure', type: 'string', description: 'Kind of structure the row refers to: dataflow', sql: `'dataflow'` },
  { id: 'STRUCTURE_ID', role: 'structure', type: 'string', description: 'The dataflow, agency:id(version)', sql: `'${SDMX_STRUCTURE_ID}'` },
  { id: 'ACTION', role: 'structure', type: 'string', description: 'I: information (insert or replace)', sql: `'I'` },
  { id: 'PARTNERSHIP', role: 'dimension', type: 'string', description: 'Partnership code', sql: sdmxId('x.partnership_slug'), codelist: { id: 'CL_PARTNERSHIP', name: 'x.partnership_name' } },
  { id: 'INDICATOR', role: 'dimension', type: 'string', description: "The partnership's metric", sql: sdmxId('x.metric_code'), codelist: { id: 'CL_INDICATOR', name: 'x.metric_label' } },
  {
    id: 'CONCEPT',
    role: 'dimension',
    type: 'string',
    description: 'Population concepts the figure counts (shared taxonomy), joined by __; _Z where none',
    sql: `coalesce(${sdmxId(`replace(x.concept_codes, '; ', '__')`)}, '_Z')`,
    codelist: { id: 'CL_CONCEPT', name: `coalesce(x.concept_labels, 'Not applicable')` },
  },
  {
    id: 'PERIOD',
    role: 'dimension',
    type: 'string',
    // Coded, not TIME_PERIOD: many periods are only worded ("since the start"), the code list names them.
    description: 'Period: start_end dates, AS_OF_<date>, the wording where no dates, _Z where none',
    sql: `case when x.period_start is not null and x.period_end is not null then x.period_start || '_' || x.period_end
               when x.as_of is not null then 'AS_OF_' || x.as_of
               when x.period_label is not null then ${sdmxId('x.period_label')}
               else '_Z' end`,
    codelist: { id: 'CL_PERIOD', name: `coalesce(x.period_label, 'as of ' || x.as_of, 'Not stated')` },
  },
  {
    id: 'UNIT_MEASURE',
    role: 'dimension',
    type: 'string',
    description: 'COUNT, PERCENT, DURATION, or the ISO 4217 currency of money',
    sql: `case when x.unit = 'MONEY' and x.currency is not null then x.currency else x.unit end`,
    codelist: { id: 'CL_UNIT_MEASURE', name: `case when x.unit = 'MONEY' and x.currency is not null then x.currency else x.unit end` },
  },
  {
    id: 'FIGURE',
    role: 'dimension',
    type: 'string',
    // Figures may share every other dimension (parts of a breakdown, two projects, target and result, two sources):
    // the figure's own ID keeps each key unique and leads back to the hub. Uncoded, so no code list.
    description: 'Global ID of the figure (GraphQL node ID)',
    sql: 'x.observation_id',
  },
  { id: 'OBS_VALUE', role: 'measure', type: 'number', description: 'The number; empty when withheld', sql: 'x.value' },
  {
    id: 'OBS_STATUS',
    role: 'attribute',
    type: 'string',
    description: 'CL_OBS_STATUS: A normal, E estimated, P provisional, F forecast, Q withheld (missing value; suppressed)',
    sql: `case when ${withheld} then 'Q' else ${caseOf('x.status', STATUS_CODES, `'A'`)} end`,
    codelist: { id: 'CL_OBS_STATUS', name: '' },
  },
  {
    id: 'CONF_STATUS',
    role: 'attribute',
    type: 'string',
    description: 'CL_CONF_STATUS: C confidential (withheld), F free',
    sql: `case when ${withheld} then 'C' else 'F' end`,
    codelist: { id: 'CL_CONF_STATUS', name: '' },
  },
  { id: 'UNIT_MULT', role: 'attribute', type: 'integer', description: 'Power of ten the value is in: 0, figures are stated in units', sql: '0' },
  {
    id: 'OBS_NOTE',
    role: 'attribute',
    type: 'string',
    description: 'How the source qualifies the figure (over, almost, approximately); revised',
    sql: `nullif(concat_ws('; ', ${caseOf('x.qualifier', QUALIFIER_NOTES)}, case when x.status = 'REVISED' then 'revised' end), '')`,
  },
  {
    id: 'NATURE',
    role: 'attribute',
    type: 'string',
    description: 'REPORTED, TARGET or FORECAST',
    sql: 'x.nature',
    codelist: { id: 'CL_NATURE', name: 'x.nature' },
  },
  { id: 'COMMON_INDICATOR', role: 'attribute', type: 'string', description: 'Common indicators (ESF, hub) the metric is mapped to, "; "-separated', sql: 'x.indicator_codes' },
];

// The status code lists' names are SDMX's, not the data's.
const codeName = (column: SdmxColumn) =>
  column.id === 'OBS_STATUS' ? caseOf(column.sql, OBS_STATUS) : column.id === 'CONF_STATUS' ? caseOf(column.sql, CONF_STATUS) : column.codelist!.name;

async function exportSql(scope: ReadScope, filter: ExportFilter) {
  return observationExportSql(scope, await resolveFilter(scope, filter), { csv: true });
}

/** `COPY` of the SDMX-CSV file: one statement over the CSV export's statement, in its order. */
export async function sdmxObservationCopy(scope: ReadScope, filter: ExportFilter): Promise<string> {
  const select = SDMX_COLUMNS.map((c) => `${c.sql} as "${c.id}"`).join(', ');
  return `copy (select ${select} from (${await exportSql(scope, filter)}) x) to stdout with (format csv, header true)`;
}

interface CodeRow {
  component: string;
  id: string;
  name: string;
}

/**
 * The data structure definition with code lists holding every code the same export uses (same
 * filters, same caller), read by one statement over the same SQL as the file, so no list can
 * miss a code. Shaped after an SDMX-JSON 2.0 structure message (meta + data.dataStructures,
 * dataflows, codelists).
 */
export async function sdmxStructure(scope: ReadScope, filter: ExportFilter) {
  const coded = SDMX_COLUMNS.filter((c) => c.codelist);
  const base = coded.map((c, i) => `${c.sql} as c${i}, ${codeName(c)} as n${i}`).join(', ');
  const sql = `with base as materialized (select ${base} from (${await exportSql(scope, filter)}) x)
    ${coded.map((c, i) => `select '${c.id}' as component, c${i} as id, min(n${i}) as name from base group by c${i}`).join('\n    union all ')}
    order by component, id`;
  const knex = scope.em.getKnex();
  // Values are written in (ids and the policy's enum names); a literal question mark stays one.
  const rows = await fetchRows<CodeRow>(scope.em, knex.raw(sql.replace(/\?/g, '\\?')));
  const urn = (kind: string, id: string) => `urn:sdmx:org.sdmx.infomodel.${kind}=${SDMX_AGENCY}:${id}(${SDMX_VERSION})`;
  const component = (c: SdmxColumn, position?: number) => ({
    id: c.id,
    ...(position === undefined ? {} : { position }),
    name: c.description,
    localRepresentation: c.codelist
      ? { enumeration: urn('codelist.Codelist', c.codelist.id) }
      : { format: { dataType: c.type === 'number' ? 'Double' : c.type === 'integer' ? 'Integer' : 'String' } },
  });
  return {
    meta: { id: `PDH-STRUCTURE-${Date.now()}`, prepared: new Date().toISOString(), sender: { id: SDMX_AGENCY }, contentLanguages: [filter.lang ?? 'en'] },
    data: {
      dataflows: [
        { id: SDMX_DATAFLOW, agencyID: SDMX_AGENCY, version: SDMX_VERSION, name: 'Partnership Data Hub: indicator observations', structure: urn('datastructure.DataStructure', SDMX_DATAFLOW) },
      ],
      dataStructures: [
        {
          id: SDMX_DATAFLOW,
          agencyID: SDMX_AGENCY,
          version: SDMX_VERSION,
          name: 'Partnership Data Hub: indicator observations',
          dataStructureComponents: {
            dimensionList: { dimensions: SDMX_COLUMNS.filter((c) => c.role === 'dimension').map((c, i) => component(c, i + 1)) },
            measureList: { measures: SDMX_COLUMNS.filter((c) => c.role === 'measure').map((c) => component(c)) },
            attributeList: { attributes: SDMX_COLUMNS.filter((c) => c.role === 'attribute').map((c) => component(c)) },
          },
        },
      ],
      codelists: coded.map((c) => ({
        id: c.codelist!.id,
        agencyID: SDMX_AGENCY,
        version: SDMX_VERSION,
        name: c.description,
        codes: rows.filter((r) => r.component === c.id).map((r) => ({ id: r.id, name: r.name })),
      })),
    },
  };
}

/** Table Schema types of the observations export's columns: a Record, so a new column without a type fails to compile. */
const EXPORT_TYPES: Record<keyof ExportRow, FieldType> = {
  observation_id: 'string',
  partnership_slug: 'string',
  partnership_name: 'string',
  metric_code: 'string',
  metric_label: 'string',
  value: 'number',
  unit: 'string',
  currency: 'string',
  qualifier: 'string',
  stated_as: 'string',
  period_label: 'string',
  period_start: 'date',
  period_end: 'date',
  as_of: 'date',
  scope: 'string',
  nature: 'string',
  project: 'string',
  area_code: 'string',
  area_nuts_code: 'string',
  breakdown_of: 'string',
  breakdown_dimension: 'string',
  breakdown_category: 'string',
  comparator_id: 'string',
  suppressed: 'boolean',
  suppression_reason: 'string',
  source_document: 'string',
  source_section: 'string',
  source_quote: 'string',
  indicator_codes: 'string',
  indicator_labels: 'string',
  mapping_strengths: 'string',
  concept_codes: 'string',
  concept_labels: 'string',
  status: 'string',
};

/**
 * Frictionless Data Package (v1) describing every export's columns, from the column lists the
 * exports themselves are built from (EXPORT_COLUMNS, SDMX_COLUMNS), so the two cannot drift.
 * Paths are relative to /export/datapackage.json.
 */
export function dataPackage(licence: string) {
  const observationFields = EXPORT_COLUMNS.map((c) => ({ name: c.name, type: EXPORT_TYPES[c.name], description: c.description }));
  return {
    profile: 'tabular-data-package',
    name: 'partnership-data-hub-observations',
    title: 'Partnership Data Hub: indicator observations',
    licenses: [{ name: licence }],
    resources: [
      { name: 'observations', path: 'observations.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields: observationFields } },
      { name: 'observations-ndjson', path: 'observations.ndjson', format: 'ndjson', mediatype: 'application/x-ndjson', encoding: 'utf-8', schema: { fields: observationFields } },
      {
        name: 'observations-sdmx',
        path: 'observations.sdmx.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'application/vnd.sdmx.data+csv',
        encoding: 'utf-8',
        schema: { fields: SDMX_COLUMNS.map((c) => ({ name: c.id, type: c.type, description: c.description })), primaryKey: SDMX_COLUMNS.filter((c) => c.role === 'dimension').map((c) => c.id) },
      },
    ],
  };
}
