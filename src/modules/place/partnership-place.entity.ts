import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Place } from './place.entity';

/** A place a partnership works in. */
@Entity()
@Unique({ properties: ['partnership', 'place'] })
export class PartnershipPlace extends BaseRecord {
  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @Property()
  ordinal!: number;
}
