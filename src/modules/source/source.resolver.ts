import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { fetchRows, selectRows } from '../../db/row-loaders';
import { SourceDocument } from './source-document.entity';
import type { HubContext } from '../../graphql/context';
import {
  sourceDocumentByIdLoader,
  sourceDocumentByKeyLoader,
  sourcePassageByIdLoader,
  sourcePassagesByDocumentLoader,
  sourceTextByDocumentIdLoader,
} from './source.loader';
import { Sourced, SourceDocumentType, SourcePassageType } from './source.type';

@Resolver(() => Sourced)
export class SourcedResolver {
  @FieldResolver(() => SourcePassageType)
  source(@Root() record: Sourced, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourcePassageByIdLoader).load(record.sourceId);
  }
}

@Resolver(() => SourcePassageType)
export class SourcePassageResolver {
  @FieldResolver(() => SourceDocumentType)
  document(@Root() passage: SourcePassageType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByIdLoader).load(passage.documentId);
  }
}

@Resolver(() => SourceDocumentType)
export class SourceDocumentResolver {
  @FieldResolver(() => String, { description: 'The full text of the document.' })
  text(@Root() document: SourceDocumentType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceTextByDocumentIdLoader).load(document.id);
  }

  @FieldResolver(() => [SourcePassageType], { description: 'Passages of this document that records cite.' })
  passages(@Root() document: SourceDocumentType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourcePassagesByDocumentLoader).load(document.id);
  }
}

@Resolver()
export class SourceDocumentQueries {
  @Query(() => [SourceDocumentType], { description: 'Every source document, by key.' })
  sourceDocuments(@Ctx() { em }: HubContext) {
    return fetchRows<SourceDocumentType>(em, selectRows(em, SourceDocument).orderBy('t.key'));
  }

  @Query(() => SourceDocumentType, { nullable: true })
  sourceDocument(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByKeyLoader).load(key);
  }
}
