import { Collection, Entity, Enum, ManyToMany, Opt, Property, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { Role } from '../../access/roles';
import { Partnership } from '../partnership/partnership.entity';

/**
 * An API key. Only a SHA-256 hash of its secret is stored (the secret is 256 random bits, so a
 * fast hash is enough; it is shown once, at creation). `prefix` identifies the key in logs and
 * lists and finds its row without scanning hashes.
 */
@Entity()
export class ApiKey extends BaseRecord {
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => Role })
  role!: Role;

  @Property({ length: 16 })
  @Unique()
  prefix!: string;

  @Property({ length: 64 })
  secretHash!: string;

  /** The partnerships a PARTNERSHIP_EDITOR key may edit. */
  @ManyToMany(() => Partnership, undefined, { pivotTable: 'api_key_partnership' })
  partnerships = new Collection<Partnership>(this);

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /** Who created it: an administrator's key name, or "cli". */
  @Property({ type: 'text' })
  createdBy!: string & Opt;
}
