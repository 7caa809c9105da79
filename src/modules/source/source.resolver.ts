import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SourceDocument } from './source-document.entity';
import type { HubContext } from '../../graphql/context';
import {
  sourceDocumentByIdLoader,
  sourceDocumentByKeyLoader,
  sourcePassageByIdLoader,
  readablePassagesByDocumentLoader,
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
  @Query(() => [SourceDocumentType], { description: 'Every source document, by key.' })
  sourceDocuments(@Ctx() { loaders }: HubContext) {
    return loaders.run<SourceDocumentType>(loaders.select(SourceDocument).orderBy('t.key'));
  }

  @Query(() => SourceDocumentType, { nullable: true })
  sourceDocument(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByKeyLoader).load(key);
  }
}
