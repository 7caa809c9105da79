import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('ProgressNote', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'What a report says was done, under one of its sections and often towards one objective.',
})
export class ProgressNoteType extends PartnershipRecord {
  @Field({ description: 'The report section it stands under ("Equal Opportunities").' })
  section!: string;

  @Field({ description: MASKED_NARRATIVE })
  text!: string;

  reportId!: number;
  objectiveId!: number | null;
}
