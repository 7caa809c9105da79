import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { ReportKind } from './report.enum';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Report', { implements: [Node, Sourced, PartnershipRecord], description: 'A report a partnership wrote.' })
export class ReportType extends PartnershipRecord {
  @Field({ description: MASKED_NARRATIVE })
  title!: string;

  @Field(() => ReportKind)
  kind!: ReportKind;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  description!: string | null;

  documentId!: number;
  recipientId!: number | null;
  periodLabel!: string | null;
  periodStart!: string | null;
  periodEnd!: string | null;
}
