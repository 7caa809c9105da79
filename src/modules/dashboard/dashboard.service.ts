import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../../db/row-loaders';
import { FilterScope, type Condition } from '../../graphql/filter';
import { InnovationDimension, InnovationLevel } from '../innovation/innovation.enum';
import { PopulationList, type PartnershipFilter } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { Innovation } from '../innovation/innovation.entity';
import { Partnership } from '../partnership/partnership.entity';
import { BeneficiaryCategory, TargetGroup } from '../target-group/target-group.entity';
import { ConceptScheme } from '../taxonomy/concept.enum';
import type {
  InnovationCellType,
  InnovationMatrixType,
  PlaceCountType,
  PopulationCoverageType,
  ProgrammeCountType,
  RoundCountType,
  ThemeCountType,
} from './dashboard.type';

/**
 * Aggregates for dashboards over the partnerships a filter selects: each is one GROUP BY
 * statement (records they list come after through the request's loaders, batched), so their cost
 * does not grow with the number of rows they count.
 */
export class DashboardService {
  private readonly partnerships: PartnershipFilterService;

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {
    this.partnerships = new PartnershipFilterService(em, loaders);
  }

  /** `select "sp"."id" from "partnership" "sp" where <filter>`: the selected partnerships. */
  async filtered(filter: PartnershipFilter | null | undefined): Promise<Condition> {
    const scope = new FilterScope(this.loaders);
    const where = await this.partnerships.compile(filter, scope, '"sp"');
    const visible = scope.andVisible(Partnership, '"sp"');
    return { sql: `select "sp"."id" from "partnership" "sp" where (${where.sql})${visible.sql}`, bindings: [...where.bindings, ...visible.bindings] };
  }

  private run<R>(sql: string, bindings: unknown[]): Promise<R[]> {
    return this.em.execute<R[]>(sql, bindings as never[]);
  }

  async innovationMatrix(filter: PartnershipFilter | null | undefined): Promise<InnovationMatrixType> {
    const selected = await this.filtered(filter);
    const visible = new FilterScope(this.loaders).andVisible(Innovation, 'i');
    const rows = await this.run<{ dimension: InnovationDimension; level: InnovationLevel; count: number; partnershipCount: number; ids: number[] }>(
      `select i."dimension", i."level", count(*)::int as "count", count(distinct i."partnership_id")::int as "partnershipCount",
              array_agg(i."id" order by p."name", p."id", i."ordinal") as "ids"
       from "innovation" i join "partnership" p on p."id" = i."partnership_id"
       where i."partnership_id" in (${selected.sql})${visible.sql}
       group by i."dimension", i."level"`,
      [...selected.bindings, ...visible.bindings],
    );
    const found = new Map(rows.map((r) => [`${r.dimension}/${r.level}`, r]));
    const cells: InnovationCellType[] = Object.values(InnovationDimension).flatMap((dimension) =>
      Object.values(InnovationLevel).map((level) => {
        const row = found.get(`${dimension}/${level}`);
        return { dimension, level, count: row?.count ?? 0, partnershipCount: row?.partnershipCount ?? 0, innovationIds: row?.ids ?? [] };
      }),
    );
    return { total: cells.reduce((n, c) => n + c.count, 0), cells };
  }

  async populationCoverage(
    filter: PartnershipFilter | null | undefined,
    options: { includeNarrower: boolean; lists: PopulationList[]; includeEmpty: boolean },
  ): Promise<PopulationCoverageType[]> {
    const selected = await this.filtered(filter);
    const scope = new FilterScope(this.loaders, 'in');
    const lists = scope.values('in', options.lists) ?? [];
    // Only groups the caller may see count.
    const linkBindings: unknown[] = [];
    const links = lists
      .map((list) => {
        const [table, group, groupTable, groupColumn] =
          list === PopulationList.TARGET_GROUPS
            ? ['target_group_concept', TargetGroup, 'target_group', 'target_group_id']
            : ['beneficiary_category_concept', BeneficiaryCategory, 'beneficiary_category', 'beneficiary_category_id'];
        const visible = scope.visible(group, 'g');
        if (visible) linkBindings.push(...visible.bindings);
        const join = visible ? ` join "${groupTable}" g on g."id" = m."${groupColumn}" and ${visible.sql}` : '';
        return `select m."partnership_id", m."concept_id" from "${table}" m${join} where m."partnership_id" in (select "id" from selected)`;
      })
      .join(' union ');
    const narrower = options.includeNarrower ? `(d."path" = c."path" or starts_with(d."path", c."path" || '/'))` : `d."id" = c."id"`;
    return this.run<PopulationCoverageType>(
      `with selected as (${selected.sql}), matched as (${links})
       select c."id" as "conceptId", count(distinct mt."partnership_id")::int as "partnershipCount",
              coalesce(array_agg(distinct mt."partnership_id") filter (where mt."partnership_id" is not null), '{}') as "partnershipIds"
       from "concept" c
       join "concept" d on ${narrower}
       left join matched mt on mt."concept_id" = d."id"
       where c."scheme" = ?
       group by c."id", c."ordinal"
       ${options.includeEmpty ? '' : 'having count(distinct mt."partnership_id") > 0'}
       order by "partnershipCount" desc, c."ordinal"`,
      [...selected.bindings, ...linkBindings, ConceptScheme.POPULATION],
    );
  }

  total(selected: Condition): Promise<number> {
    return this.run<{ count: number }>(`select count(*)::int as "count" from (${selected.sql}) s`, selected.bindings).then((r) => r[0].count);
  }

  byPlace(selected: Condition): Promise<PlaceCountType[]> {
    return this.run<PlaceCountType>(
      `select a."id" as "placeId", count(distinct pp."partnership_id")::int as "count",
              (count(distinct pp."partnership_id") filter (where d."id" = a."id"))::int as "directCount"
       from "place" a
       join "place" d on d."path" = a."path" or starts_with(d."path", a."path" || '/')
       join "partnership_place" pp on pp."place_id" = d."id"
       where pp."partnership_id" in (${selected.sql})
       group by a."id", a."path"
       order by a."path"`,
      selected.bindings,
    );
  }

  byProgramme(selected: Condition): Promise<ProgrammeCountType[]> {
    return this.run<ProgrammeCountType>(
      `select p."programme", count(*)::int as "count" from "partnership" p where p."id" in (${selected.sql})
       group by p."programme" order by "count" desc, p."programme"`,
      selected.bindings,
    );
  }

  byTheme(selected: Condition): Promise<ThemeCountType[]> {
    return this.run<ThemeCountType>(
      `select p."theme_concept_id" as "themeConceptId", count(*)::int as "count"
       from "partnership" p left join "concept" c on c."id" = p."theme_concept_id"
       where p."id" in (${selected.sql})
       group by p."theme_concept_id", c."ordinal" order by "count" desc, c."ordinal" nulls last`,
      selected.bindings,
    );
  }

  byRound(selected: Condition): Promise<RoundCountType[]> {
    return this.run<RoundCountType>(
      `select p."round", count(*)::int as "count" from "partnership" p where p."id" in (${selected.sql})
       group by p."round" order by p."round" nulls last`,
      selected.bindings,
    );
  }
}
