import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';

/**
 * Which version of the derivation (derivation.ts) and which small-count threshold each
 * partnership's stored decisions and masks were made with: on start, partnerships derived
 * otherwise are derived again.
 */
@Entity()
export class AccessState {
  @ManyToOne({ entity: 'Partnership', ref: true, primary: true, deleteRule: 'cascade' })
  partnership!: Ref<object>;

  @Property()
  version!: number;

  @Property()
  threshold!: number;

  @Property({ type: 'timestamptz' })
  derivedAt!: Date;
}
