import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../../db/row-loaders';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { FilterScope, type Condition } from '../../graphql/filter';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { SEARCH_RECORD_TYPE_NAME, SearchRecordType } from './search.enum';
import { SEARCH_CONFIG, toTsQuery } from './search-query';
import { searchTexts } from './search-masks';
import { visibleEntries } from './search-visibility';
import type { SearchFilter, SearchHitType, SnippetPartType } from './search.type';

// Control characters (never in source text) mark the matches in ts_headline's output.
const START = '\u0002';
const STOP = '\u0003';
const DELIMITER = ' … ';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter="${DELIMITER}"`;

const TYPE_OF_NAME = new Map(Object.entries(SEARCH_RECORD_TYPE_NAME).map(([type, name]) => [name, type as SearchRecordType]));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** ts_headline's marked text as pieces, and as HTML with <mark>. */
export function snippetOf(headline: string): { parts: SnippetPartType[]; html: string } {
  const parts: SnippetPartType[] = [];
  for (const [i, piece] of headline.split(START).entries()) {
    const [marked, rest] = i === 0 ? [null, piece] : [piece.split(STOP)[0], piece.split(STOP).slice(1).join('')];
    if (marked) parts.push({ text: marked, highlighted: true });
    if (rest) parts.push({ text: rest, highlighted: false });
  }
  return { parts, html: parts.map((p) => (p.highlighted ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('') };
}

type HitRow = Omit<SearchHitType, 'recordType' | 'snippet' | 'snippetParts'> & { recordType: string; headline: string };

/**
 * Full-text search over the search index (GIN on a stored tsvector): ranked hits, most relevant
 * first, each with a highlighted snippet. The page's snippets are made by the same statement that
 * selects the page; records, partnerships and passages come through the request's loaders. A text
 * repeating the sentence of a figure withheld from the caller is searched as the caller reads it
 * (search-masks.ts): its snippet cut from the masked text, and, for a query asking for a number,
 * matched and ranked by it too.
 */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  async search(query: string, filter: SearchFilter | null | undefined, args: ConnectionArgs): Promise<Page<SearchHitType>> {
    const { em } = this;
    const knex = em.getKnex();
    const tsquery = toTsQuery(query);
    const scope = new FilterScope(this.loaders);
    const conditions: Condition[] = [];
    const inPartnerships = await new PartnershipFilterService(em, this.loaders).partnershipIdCondition(
      filter?.partnerships,
      new FilterScope(this.loaders, 'filter.partnerships'),
      '"t"."partnership_id"',
    );
    if (inPartnerships) conditions.push(inPartnerships);
    const types = scope.values('filter.recordTypes', filter?.recordTypes);
    if (types) conditions.push({ sql: '"t"."record_type" in (?)', bindings: [types.map((t) => SEARCH_RECORD_TYPE_NAME[t])] });
    const fields = scope.values('filter.fields', filter?.fields);
    if (fields) conditions.push({ sql: '"t"."field" in (?)', bindings: [fields] });
    const visible = visibleEntries(scope, '"t"');
    if (visible) conditions.push(visible);

    // Texts as the caller reads them (search-masks.ts): snippets from them, number queries matched and ranked by them.
    const columns = searchTexts(this.loaders.scope.policy, '"t"', tsquery);
    const matches = columns.matches;
    const rank = `ts_rank_cd(${columns.document}, "q"."query", 1)::float8`;
    const page = await paginate<HitRow>({
      knex,
      ids: this.loaders.scope.ids,
      query: () => {
        let q = knex
          .select(
            knex.raw(
              `"t"."id", "t"."record_type" as "recordType", "t"."record_id" as "recordId", "t"."partnership_id" as "partnershipId", ` +
                `"t"."field", "t"."passage_id" as "passageId", ${rank} as "rank", ` +
                `ts_headline('${SEARCH_CONFIG}', ${columns.text}, "q"."query", ?) as "headline"`,
              [HEADLINE_OPTIONS],
            ),
          )
          .from({ t: 'search_entry' })
          .joinRaw(`cross join to_tsquery('${SEARCH_CONFIG}', ?) as "q"("query")`, [tsquery])
          .whereRaw(matches.sql, matches.bindings as never);
        for (const c of conditions) q = q.whereRaw(`(${c.sql})`, c.bindings as never);
        return q;
      },
      keys: [
        { expression: rank, direction: 'desc', type: 'number', value: (h) => h.rank },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (h) => h.id },
      ],
      args,
      run: (q) => this.loaders.run(q),
    });
    return page.map(({ headline, ...row }) => {
      const { parts, html } = snippetOf(headline);
      return { ...row, recordType: TYPE_OF_NAME.get(row.recordType)!, snippet: html, snippetParts: parts };
    });
  }
}
