import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import { sourcePassageByIdLoader } from '../source/source.loader';
import { SourcePassageType } from '../source/source.type';
import { SEARCH_RECORD_TYPE_NAME } from './search.enum';
import { SearchService } from './search.service';
import { SearchFilter, SearchHitConnection, SearchHitType, SearchRecord } from './search.type';

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over every narrative field of every partnership (background, aims, objectives, activities, ' +
      'achievements, projects, quotes, progress notes, innovations, target groups ...), most relevant first. ' +
      'Words must all occur; each matches as a prefix ("apprentice" finds "apprenticeship"); `OR` between words ' +
      'accepts either; `-word` excludes; "quoted words" must stand together.',
  })
  search(
    @Arg('query', { description: 'What to look for, as typed into a search box.' }) query: string,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter: SearchFilter | null,
    @Args() args: ConnectionArgs,
    @Ctx() { em, loaders }: HubContext,
  ) {
    return new SearchService(em, loaders).search(query, filter, args);
  }

  @FieldResolver(() => SearchRecord, { description: 'The record the hit is in.' })
  async record(@Root() hit: SearchHitType, @Ctx() { loaders, nodeTypes }: HubContext) {
    const typeName = SEARCH_RECORD_TYPE_NAME[hit.recordType];
    const row = await loaders.get(nodeTypes[typeName]).load(hit.recordId);
    return row && { ...row, __typename: typeName };
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'partnershipId'))
  @FieldResolver(() => PartnershipType, { description: 'The partnership the record belongs to.' })
  partnership(@Root() hit: SearchHitType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipByIdLoader).load(hit.partnershipId);
  }

  @Extensions(compiledRead(sourcePassageByIdLoader, 'passageId'))
  @FieldResolver(() => SourcePassageType, {
    nullable: true,
    description: "Provenance: the passage the record was read from (for a partnership's narrative fields, the field's own passage).",
  })
  source(@Root() hit: SearchHitType, @Ctx() { loaders }: HubContext) {
    return hit.passageId ? loaders.get(sourcePassageByIdLoader).load(hit.passageId) : null;
  }
}
