import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { PlaceKind } from './place.enum';

/** A country, nation, region or local authority, in a hierarchy (UK > Wales > Mid Wales > Powys). */
@Entity()
export class Place extends BaseRecord {
  @Property({ length: 120 })
  @Unique()
  key!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  welshName?: string;

  @Enum({ items: () => PlaceKind })
  kind!: PlaceKind;

  /** NUTS 2016 code where the place is a NUTS region. */
  @Property({ length: 8, nullable: true })
  nutsCode?: string;

  @ManyToOne(() => Place, { ref: true, nullable: true })
  @Index()
  parent?: Ref<Place>;

  /**
   * Keys from the root down, joined by '/' ("uk/wales/mid-wales/powys"): "in Wales" becomes a
   * prefix match on an index instead of a recursive query.
   */
  @Property({ type: 'text' })
  @Index({ expression: 'create index "place_path_index" on "place" ("path" text_pattern_ops)' })
  path!: string;
}
