import { Entity, Enum, ManyToOne, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { SourcePassage } from '../source/source-passage.entity';
import { Partnership } from './partnership.entity';
import { PartnershipField } from './partnership.enum';

/** Provenance of one partnership field: the background and the end dates come from different sections. */
@Entity()
@Unique({ properties: ['partnership', 'field'] })
export class PartnershipFieldSource extends BaseRecord {
  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @Enum({ items: () => PartnershipField })
  field!: PartnershipField;

  @ManyToOne(() => SourcePassage, { ref: true })
  source!: Ref<SourcePassage>;
}
