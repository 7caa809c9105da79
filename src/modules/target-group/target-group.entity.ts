import { MaskedNarrative } from '../../access/rules';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';

/** Fields shared by the two population lists: the partnership's own wording, kept as written. */
export abstract class PopulationGroup extends PartnershipRecord {
  @Property({ type: 'text' })
  label!: string;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  note?: string;
}

/** A group the partnership says it targets ("Ex-offenders", "Asian women"). */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class TargetGroup extends PopulationGroup {}

/** A category the partnership reports beneficiaries in ("Drug and alcohol misusers"). */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class BeneficiaryCategory extends PopulationGroup {}
