import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { FilterScope } from '../../graphql/filter';
import { compileSourceDocumentFilter, SourceDocumentFilter } from './source.filter';
import { SourceDocument } from './source-document.entity';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import {
  sourceDocumentByIdLoader,
  sourceDocumentByKeyLoader,
  sourcePassageByIdLoader,
  readablePassagesByDocumentLoader,
  sourceTextByDocumentIdLoader,
} from './source.loader';
import { Sourced, SourceDocumentConnection, SourceDocumentType, SourcePassageType } from './source.type';

@Resolver(() => Sourced)
export class SourcedResolver {
  @Extensions(compiledRead(sourcePassageByIdLoader, 'sourceId'))
  @FieldResolver(() => SourcePassageType)
  source(@Root() record: Sourced, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourcePassageByIdLoader).load(record.sourceId);
  }
}

@Resolver(() => SourcePassageType)
export class SourcePassageResolver {
  @Extensions(compiledRead(sourceDocumentByIdLoader, 'documentId'))
  @FieldResolver(() => SourceDocumentType)
  document(@Root() passage: SourcePassageType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByIdLoader).load(passage.documentId);
  }
}

@Resolver(() => SourceDocumentType)
export class SourceDocumentResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The full text of the document; null where its text is not shared with the caller.' })
  text(@Root() document: SourceDocumentType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceTextByDocumentIdLoader).load(document.id);
  }

  @FieldResolver(() => [SourcePassageType], { description: 'Passages of this document that records cite (empty where its text is not shared with the caller).' })
  passages(@Root() document: SourceDocumentType, @Ctx() { loaders }: HubContext) {
    return loaders.get(readablePassagesByDocumentLoader).load(document.id);
  }
}

@Resolver()
export class SourceDocumentQueries {
  @Query(() => SourceDocumentConnection, { description: 'Source documents, filtered, by key.' })
  async sourceDocuments(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => SourceDocumentFilter, { nullable: true }) filter: SourceDocumentFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compileSourceDocumentFilter(filter, new FilterScope(loaders), '"t"');
    return paginate<SourceDocumentType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(SourceDocument).whereRaw(`(${where.sql})`, where.bindings as never),
      keys: [
        { expression: '"t"."key"', direction: 'asc', type: 'string', value: (d) => d.key },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (d) => d.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => SourceDocumentType, { nullable: true })
  @Extensions(compiledRootRead(sourceDocumentByKeyLoader, 'key'))
  sourceDocument(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByKeyLoader).load(key);
  }
}
