import { LocalDateResolver, URLResolver } from 'graphql-scalars';
import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { SharingLevel } from '../../access/roles';
import { SourceDocumentKind } from './source.enum';

@ObjectType('SourceDocument', { implements: Node, description: 'A document the hub\'s facts were read from.' })
export class SourceDocumentType extends Node {
  @Field({ description: 'Stable key of the document in the interchange files.' })
  key!: string;

  @Field({ description: 'File name as received.' })
  fileName!: string;

  @Field()
  title!: string;

  @Field(() => SourceDocumentKind)
  kind!: SourceDocumentKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field({ description: 'ISO 639-1 language code of the text.' })
  language!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The period the document covers, as it states it.' })
  periodLabel!: string | null;

  @Field(() => URLResolver, { nullable: true })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the full text; null where parts of the text are masked for the caller (it would confirm a guess).',
  })
  sha256!: string | null;

  @Field(() => SharingLevel, { description: 'Who may read the full text and passages (the catalogue entry shows to whoever sees its partnership).' })
  textSharing!: SharingLevel;

  ownerId!: number | null;
}

@ObjectType('SourcePassage', { implements: Node, description: 'A passage of a source document that records cite.' })
export class SourcePassageType extends Node {
  @Field(() => String, { nullable: true, description: 'Heading path in the document ("Achievements > Moving away from grant dependency").' })
  section!: string | null;

  @Field({ description: 'The passage verbatim (whitespace aside); personal data of records the caller does not own is masked.' })
  quote!: string;

  documentId!: number;
}

/** Anything read from a source: it says where (provenance). */
@InterfaceType('Sourced', {
  implements: Node,
  description: 'A record read from a source document, with the passage it came from.',
  resolveType: (row: { __typename?: string }) => row.__typename,
})
export abstract class Sourced extends Node {
  @Field(() => SourcePassageType, { description: 'Provenance: the document, section and verbatim passage this record came from.' })
  source!: SourcePassageType;

  sourceId!: number;
}

@ObjectType()
export class SourceDocumentConnection extends ConnectionType(SourceDocumentType, 'SourceDocument') {}
