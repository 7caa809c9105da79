import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { innovationByIdLoader } from '../innovation/innovation.loader';
import { InnovationType } from '../innovation/innovation.type';
import { PartnershipFilter, PopulationList } from '../partnership/partnership-filter.input';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import { placeByIdLoader } from '../place/place.loader';
import { PlaceType } from '../place/place.type';
import { PROGRAMME_CONCEPT } from '../taxonomy/concept.enum';
import { conceptByCodeLoader, conceptByIdLoader } from '../taxonomy/concept.loader';
import { ConceptType } from '../taxonomy/concept.type';
import { DashboardService } from './dashboard.service';
import {
  InnovationCellType,
  InnovationMatrixType,
  PartnershipCountsType,
  PlaceCountType,
  PopulationCoverageType,
  ProgrammeCountType,
  RoundCountType,
  ThemeCountType,
} from './dashboard.type';

const FILTER_DESCRIPTION = 'Over the partnerships this selects (all when left out).';

@Resolver()
export class DashboardQueries {
  @Query(() => InnovationMatrixType, { description: 'Innovation scatter plot over the selected partnerships: dimension x level counts, each cell with its innovations.' })
  innovationMatrix(
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: PartnershipFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    return new DashboardService(em, loaders).innovationMatrix(filter);
  }

  @Query(() => [PopulationCoverageType], {
    description: 'Population groups (POPULATION concepts) and the selected partnerships working with each, most covered first.',
  })
  populationCoverage(
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: PartnershipFilter | null,
    @Arg('includeNarrower', { defaultValue: true, description: 'A partnership working with a narrower group counts for the broader one too.' })
    includeNarrower: boolean,
    @Arg('in', () => [PopulationList], {
      defaultValue: [PopulationList.TARGET_GROUPS, PopulationList.BENEFICIARY_CATEGORIES],
      description: 'Which lists count (both by default).',
    })
    lists: PopulationList[],
    @Arg('includeEmpty', { defaultValue: false, description: 'Also list concepts no selected partnership works with.' }) includeEmpty: boolean,
    @Ctx() { em, loaders }: HubContext,
  ) {
    return new DashboardService(em, loaders).populationCoverage(filter, { includeNarrower, lists, includeEmpty });
  }

  @Query(() => PartnershipCountsType, { description: 'Counts of the selected partnerships per place, programme, theme and round.' })
  async partnershipCounts(
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: PartnershipFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ): Promise<PartnershipCountsType> {
    return { filtered: await new DashboardService(em, loaders).filtered(filter) };
  }
}

@Resolver(() => InnovationCellType)
export class InnovationCellResolver {
  @FieldResolver(() => [InnovationType], { description: 'The innovations in the cell, by partnership name then source order.' })
  async innovations(@Root() cell: InnovationCellType, @Ctx() { loaders }: HubContext) {
    const rows = await loaders.get(innovationByIdLoader).loadMany(cell.innovationIds);
    return rows.filter((r): r is InnovationType => !!r && !(r instanceof Error));
  }
}

@Resolver(() => PopulationCoverageType)
export class PopulationCoverageResolver {
  @Extensions(compiledRead(conceptByIdLoader, 'conceptId'))
  @FieldResolver(() => ConceptType)
  concept(@Root() coverage: PopulationCoverageType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptByIdLoader).load(coverage.conceptId);
  }

  @FieldResolver(() => [PartnershipType], { description: 'The partnerships, by name.' })
  async partnerships(@Root() coverage: PopulationCoverageType, @Ctx() { loaders }: HubContext) {
    const rows = await loaders.get(partnershipByIdLoader).loadMany(coverage.partnershipIds);
    return rows
      .filter((r): r is PartnershipType => !!r && !(r instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }
}

@Resolver(() => PartnershipCountsType)
export class PartnershipCountsResolver {
  @FieldResolver(() => Int, { description: 'Partnerships selected.' })
  total(@Root() counts: PartnershipCountsType, @Ctx() { em, loaders }: HubContext) {
    return new DashboardService(em, loaders).total(counts.filtered);
  }

  @FieldResolver(() => [PlaceCountType], { description: 'Per place with at least one, in hierarchy order (a country before its regions).' })
  byPlace(@Root() counts: PartnershipCountsType, @Ctx() { em, loaders }: HubContext) {
    return new DashboardService(em, loaders).byPlace(counts.filtered);
  }

  @FieldResolver(() => [ProgrammeCountType], { description: 'Per programme with at least one, most first.' })
  byProgramme(@Root() counts: PartnershipCountsType, @Ctx() { em, loaders }: HubContext) {
    return new DashboardService(em, loaders).byProgramme(counts.filtered);
  }

  @FieldResolver(() => [ThemeCountType], { description: 'Per theme, most first; partnerships without a theme concept under a null theme, last.' })
  byTheme(@Root() counts: PartnershipCountsType, @Ctx() { em, loaders }: HubContext) {
    return new DashboardService(em, loaders).byTheme(counts.filtered);
  }

  @FieldResolver(() => [RoundCountType], { description: 'Per EQUAL round; partnerships stating none under a null round, last.' })
  byRound(@Root() counts: PartnershipCountsType, @Ctx() { em, loaders }: HubContext) {
    return new DashboardService(em, loaders).byRound(counts.filtered);
  }
}

@Resolver(() => PlaceCountType)
export class PlaceCountResolver {
  @Extensions(compiledRead(placeByIdLoader, 'placeId'))
  @FieldResolver(() => PlaceType)
  place(@Root() count: PlaceCountType, @Ctx() { loaders }: HubContext) {
    return loaders.get(placeByIdLoader).load(count.placeId);
  }
}

@Resolver(() => ProgrammeCountType)
export class ProgrammeCountResolver {
  @FieldResolver(() => ConceptType, { nullable: true, description: 'The PROGRAMME concept (labels in several languages).' })
  concept(@Root() count: ProgrammeCountType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptByCodeLoader).load(PROGRAMME_CONCEPT[count.programme]);
  }
}

@Resolver(() => ThemeCountType)
export class ThemeCountResolver {
  @Extensions(compiledRead(conceptByIdLoader, 'themeConceptId'))
  @FieldResolver(() => ConceptType, { nullable: true })
  theme(@Root() count: ThemeCountType, @Ctx() { loaders }: HubContext) {
    return count.themeConceptId ? loaders.get(conceptByIdLoader).load(count.themeConceptId) : null;
  }
}
