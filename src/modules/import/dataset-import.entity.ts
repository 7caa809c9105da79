import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';

/** The last import of each interchange file, so an unchanged file is skipped without a write. */
@Entity()
export class DatasetImport extends BaseRecord {
  @Property({ type: 'text' })
  @Unique()
  fileName!: string;

  @Property({ length: 120 })
  partnershipSlug!: string;

  @Property({ length: 64 })
  contentSha256!: string;

  @Property({ type: 'jsonb' })
  counts!: Record<string, number>;
}
