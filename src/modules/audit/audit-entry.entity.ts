import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { Role } from '../../access/roles';
import { AuditAction } from './audit.enum';

/** One write or key change: who, when, what, and the values before and after. Never updated. */
@Entity()
@Index({ properties: ['createdAt'] })
export class AuditEntry extends BaseRecord {
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Enum({ items: () => Role })
  actorRole!: Role;

  /** The API key used (no foreign key: the log outlives anything it mentions). */
  @Property({ nullable: true })
  actorKeyId?: number | null;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'text' })
  targetType!: string;

  @Property({ type: 'text' })
  targetId!: string;

  @Property({ type: 'jsonb' })
  changes!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
