import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { ConceptScheme, LabelKind } from './concept.enum';
import { LanguageCodeScalar } from './language-code.scalar';

@ObjectType('Concept', {
  implements: Node,
  description:
    'A concept of the shared taxonomy (SKOS-like): a population group, theme or programme, with labels in several ' +
    'languages and broader/narrower links. Partnerships keep their own wording; their records map to concepts.',
})
export class ConceptType extends Node {
  @Field({ description: 'Stable code ("ex-offenders"), unique across schemes.' })
  code!: string;

  @Field(() => ConceptScheme)
  scheme!: ConceptScheme;

  broaderId!: number | null;
  path!: string;
  ordinal!: number;
}

@ObjectType('ConceptLabel', { description: 'A label of a concept in one language.' })
export class ConceptLabelType {
  @Field(() => LanguageCodeScalar)
  lang!: string;

  @Field(() => LabelKind)
  kind!: LabelKind;

  @Field()
  value!: string;

  id!: number;
  conceptId!: number;
  ordinal!: number;
}

@ObjectType()
export class ConceptConnection extends ConnectionType(ConceptType, 'Concept') {}
