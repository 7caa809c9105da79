import { ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import type { SourcePassage } from './source-passage.entity';

/**
 * A record read from a source document: it points to the passage it came from (provenance) and
 * carries the stable `key` it has in the interchange file, so a re-import updates it in place.
 */
export abstract class SourcedRecord extends BaseRecord {
  @Property({ length: 120 })
  key!: string;

  @ManyToOne({ entity: 'SourcePassage', ref: true })
  source!: Ref<SourcePassage>;
}
