/**
 * The benchmark's questions: each as the hub is asked it (GraphQL or /export) and, where written, as
 * ONE hand-written SQL statement returning the same JSON (the baseline server answers with it; the
 * bench checks the two answers are equal for the ADMIN caller before it measures anything).
 */
export interface BenchCase {
  name: string;
  /** GraphQL query, or an HTTP path (export). */
  query?: string;
  variables?: Record<string, unknown>;
  path?: string;
  /** One SQL statement whose single json column is the whole `data` (or, for export, COPY's rows). */
  baselineSql?: string;
}

const LIST = `query List { partnerships(first: 50) { edges { node { slug name objectives { text } } } } }`;

const DETAIL = `query Detail { partnership(slug: "bury-est") { slug name
  objectives { key text } activities { key text } targetGroups { key label }
  projects { key name partners { role organisation { name } } }
  observations { key value statedAs breakdown { key value } }
} }`;

const DASHBOARD = `query Dashboard($first: Int) { partnerships(first: $first) { totalCount edges { node {
  slug name places { name parent { name } } leadOrganisation { name }
  organisations { name } objectives { text source { quote } } targetGroups { label }
  projects { name partners { role organisation { name } } }
  observations { value statedAs metric { label } breakdown { breakdownCategory value } source { quote } }
} } } }`;

/** ts_headline's options in the hub (search.service.ts), with its control characters as markers. */
const SEARCH_HEADLINE_OPTIONS = 'StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';

const SEARCH = `query Search { search(query: "social enterprise", first: 20) { totalCount edges { node { recordType snippet partnership { slug } } } } }`;

const COMPARISON = `query Comparison { comparison(indicators: ["esf.participants", "esf.cr04"], partnerships: ["bury-est", "conwy", "seem", "black-country-lead", "powys-equals"]) {
  rows { partnership { slug } cells { status value unit suppressionReason observation { statedAs source { quote } } } } } }`;

/** Objectives of a partnership as the hub orders them: by position in the source, then id. */
const objectivesOf = (p: string, fields: string) =>
  `coalesce((select json_agg(json_build_object(${fields}) order by o.ordinal, o.id) from objective o where o.partnership_id = ${p}.id), '[]'::json)`;

export const CASES: BenchCase[] = [
  {
    name: 'list',
    query: LIST,
    baselineSql: `select json_build_object('partnerships', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
        'slug', p.slug, 'name', p.name, 'objectives', ${objectivesOf('p', `'text', o.text`)})) order by p.name, p.id), '[]'::json))) as data
      from (select * from partnership order by name, id limit 50) p`,
  },
  {
    name: 'dashboard',
    query: DASHBOARD,
    variables: { first: 50 },
    // Lists in the hub's orders: places and memberships by their link's position, each organisation
    // once at its first place, figures' totals with their breakdowns below.
    baselineSql: `select json_build_object('partnerships', json_build_object(
        'totalCount', (select count(*) from partnership),
        'edges', coalesce(json_agg(json_build_object('node', json_build_object(
          'slug', p.slug, 'name', p.name,
          'places', coalesce((select json_agg(json_build_object('name', pl.name,
              'parent', (select json_build_object('name', pa.name) from place pa where pa.id = pl.parent_id)) order by pp.ordinal, pp.id)
            from partnership_place pp join place pl on pl.id = pp.place_id where pp.partnership_id = p.id), '[]'::json),
          'leadOrganisation', (select json_build_object('name', org.name) from organisation org where org.id =
            (select m.organisation_id from membership m where m.partnership_id = p.id and m.role = 'LEAD' order by m.ordinal, m.id limit 1)),
          'organisations', coalesce((select json_agg(json_build_object('name', o.name) order by o.ordinal, o.mid) from (
              select distinct on (org.id) org.name, m.ordinal, m.id as mid from membership m join organisation org on org.id = m.organisation_id
               where m.partnership_id = p.id order by org.id, m.ordinal, m.id) o), '[]'::json),
          'objectives', ${objectivesOf('p', `'text', o.text, 'source', (select json_build_object('quote', sp.quote) from source_passage sp where sp.id = o.source_id)`)},
          'targetGroups', coalesce((select json_agg(json_build_object('label', g.label) order by g.ordinal, g.id) from target_group g where g.partnership_id = p.id), '[]'::json),
          'projects', coalesce((select json_agg(json_build_object('name', j.name,
              'partners', coalesce((select json_agg(json_build_object('role', pp.role, 'organisation', json_build_object('name', org.name)) order by pp.ordinal, pp.id)
                                      from project_partner pp join organisation org on org.id = pp.organisation_id where pp.project_id = j.id), '[]'::json)
            ) order by j.ordinal, j.id) from project j where j.partnership_id = p.id), '[]'::json),
          'observations', coalesce((select json_agg(json_build_object('value', ob.value, 'statedAs', ob.stated_as,
              'metric', (select json_build_object('label', mt.label) from metric mt where mt.id = ob.metric_id),
              'breakdown', coalesce((select json_agg(json_build_object('breakdownCategory', b.breakdown_category, 'value', b.value) order by b.ordinal, b.id)
                                       from indicator_observation b where b.parent_id = ob.id), '[]'::json),
              'source', (select json_build_object('quote', sp.quote) from source_passage sp where sp.id = ob.source_id)
            ) order by ob.ordinal, ob.id) from indicator_observation ob where ob.partnership_id = p.id and ob.parent_id is null), '[]'::json)
        )) order by p.name, p.id), '[]'::json))) as data
      from (select * from partnership order by name, id limit 50) p`,
  },
  {
    name: 'detail',
    query: DETAIL,
    baselineSql: `select json_build_object('partnership', json_build_object('slug', p.slug, 'name', p.name,
        'objectives', ${objectivesOf('p', `'key', o.key, 'text', o.text`)},
        'activities', coalesce((select json_agg(json_build_object('key', a.key, 'text', a.text) order by a.ordinal, a.id) from activity a where a.partnership_id = p.id), '[]'::json),
        'targetGroups', coalesce((select json_agg(json_build_object('key', g.key, 'label', g.label) order by g.ordinal, g.id) from target_group g where g.partnership_id = p.id), '[]'::json),
        'projects', coalesce((select json_agg(json_build_object('key', j.key, 'name', j.name,
            'partners', coalesce((select json_agg(json_build_object('role', pp.role, 'organisation', json_build_object('name', org.name)) order by pp.ordinal, pp.id)
                                    from project_partner pp join organisation org on org.id = pp.organisation_id where pp.project_id = j.id), '[]'::json)
          ) order by j.ordinal, j.id) from project j where j.partnership_id = p.id), '[]'::json),
        'observations', coalesce((select json_agg(json_build_object('key', ob.key, 'value', ob.value, 'statedAs', ob.stated_as,
            'breakdown', coalesce((select json_agg(json_build_object('key', b.key, 'value', b.value) order by b.ordinal, b.id) from indicator_observation b where b.parent_id = ob.id), '[]'::json)
          ) order by ob.ordinal, ob.id) from indicator_observation ob where ob.partnership_id = p.id and ob.parent_id is null), '[]'::json)
      )) as data from partnership p where p.slug = 'bury-est'`,
  },
  {
    name: 'search',
    query: SEARCH,
    // The index as the hub ranks it (ts_rank_cd, then id), the snippet made by ts_headline with the
    // hub's options, HTML-escaped, matches in <mark>; record types as the enum names them.
    baselineSql: `with q as (select to_tsquery('english', 'social:* & enterprise:*') as query),
      hits as (select t.*, ts_rank_cd(t.document, q.query, 1)::float8 as rank, q.query from search_entry t, q where t.document @@ q.query)
      select json_build_object('search', json_build_object(
        'totalCount', (select count(*) from hits),
        'edges', coalesce((select json_agg(json_build_object('node', json_build_object(
            'recordType', upper(regexp_replace(h.record_type, '([a-z])([A-Z])', '\\1_\\2', 'g')),
            'snippet', replace(replace(replace(replace(replace(replace(replace(
                ts_headline('english', h.text, h.query, '${SEARCH_HEADLINE_OPTIONS}'),
                '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(2), '<mark>'), chr(3), '</mark>'),
            'partnership', json_build_object('slug', p.slug))) order by h.rank desc, h.id)
          from (select * from hits order by rank desc, id limit 20) h join partnership p on p.id = h.partnership_id), '[]'::json))) as data`,
  },
  {
    name: 'comparison',
    query: COMPARISON,
    // Each cell: the partnership's best mapped total (exact before close before partial, latest
    // first, then source order), or NOT_REPORTED with the indicator's unit.
    baselineSql: `with asked as (select i.*, k.n from unnest(array['esf.participants', 'esf.cr04']) with ordinality k(code, n) join indicator i on i.code = k.code),
      ps as (select * from partnership where slug in ('bury-est', 'conwy', 'seem', 'black-country-lead', 'powys-equals'))
      select json_build_object('comparison', json_build_object('rows', coalesce(json_agg(json_build_object(
        'partnership', json_build_object('slug', p.slug),
        'cells', (select json_agg(coalesce(
            (select json_build_object('status', 'REPORTED', 'value', o.value, 'unit', o.unit, 'suppressionReason', null,
                    'observation', json_build_object('statedAs', o.stated_as, 'source', (select json_build_object('quote', sp.quote) from source_passage sp where sp.id = o.source_id)))
               from indicator_observation o join metric m on m.id = o.metric_id join indicator_mapping im on im.metric_key = m.key
              where im.indicator_id = a.id and o.partnership_id = p.id and o.parent_id is null and o.scope <> 'CONTEXT'
              order by array_position(array['EXACT', 'CLOSE', 'PARTIAL'], im.strength), coalesce(o.as_of::text, o.period_end::text, o.period_start::text, '') desc, o.ordinal, o.id
              limit 1),
            json_build_object('status', 'NOT_REPORTED', 'value', null, 'unit', a.unit, 'suppressionReason', null, 'observation', null)) order by a.n)
          from asked a)) order by p.name, p.id), '[]'::json))) as data
      from ps p`,
  },
  {
    name: 'export',
    path: '/export/observations.csv',
    // What COPY of the same file costs: the export's rows and columns as an administrator gets
    // them (every figure, nothing withheld or masked), written by hand as one statement.
    baselineSql: `copy (
      select o.global_id as observation_id, p.slug as partnership_slug, p.name as partnership_name, m.key as metric_code, m.label as metric_label,
             o.value, o.unit, o.currency, o.qualifier, o.stated_as, o.period_label, o.period_start, o.period_end, o.as_of, o.scope, o.nature,
             pr.name as project, a.key as area_code, a.nuts_code as area_nuts_code, t.global_id as breakdown_of,
             o.breakdown_dimension, o.breakdown_category, c.global_id as comparator_id, 'false' as suppressed, null as suppression_reason,
             d.key as source_document, sp.section as source_section, sp.quote as source_quote,
             mp.codes as indicator_codes, mp.labels as indicator_labels, mp.strengths as mapping_strengths,
             cc.codes as concept_codes, cc.labels as concept_labels, o.status
        from indicator_observation o
        join partnership p on p.id = o.partnership_id
        join metric m on m.id = o.metric_id
        join source_passage sp on sp.id = o.source_id
        join source_document d on d.id = sp.document_id
        left join project pr on pr.id = o.project_id
        left join place a on a.id = o.area_id
        left join indicator_observation t on t.id = o.parent_id
        left join indicator_observation c on c.id = o.comparator_id
        left join (select im.metric_key, string_agg(i.code, '; ' order by i.ordinal, i.id) as codes,
                          string_agg(i.label ->> 'en', '; ' order by i.ordinal, i.id) as labels,
                          string_agg(im.strength, '; ' order by i.ordinal, i.id) as strengths
                     from indicator_mapping im join indicator i on i.id = im.indicator_id group by im.metric_key) mp on mp.metric_key = m.key
        left join (select oc.observation_id, string_agg(k.code, '; ' order by oc.ordinal) as codes,
                          string_agg(coalesce((select l.value from concept_label l where l.concept_id = k.id and l.kind = 'PREFERRED' and l.lang = 'en' order by l.ordinal limit 1), k.code), '; ' order by oc.ordinal) as labels
                     from indicator_observation_concept oc join concept k on k.id = oc.concept_id group by oc.observation_id) cc on cc.observation_id = o.id
       order by coalesce(o.parent_id, o.id), o.parent_id nulls first, o.ordinal, o.id) to stdout with (format csv, header true)`,
  },
];
