import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '../../access/caller';
import { AuditEntry } from './audit-entry.entity';
import type { AuditAction } from './audit.enum';

export interface AuditEvent {
  action: AuditAction;
  targetType: string;
  targetId: string | number;
  changes: Record<string, unknown>;
}

/**
 * Records writes in the audit log. The entry joins the caller's unit of work, so it is committed
 * in the same transaction as the write it describes (or not at all).
 */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
    private readonly requestId?: string,
  ) {}

  record(event: AuditEvent): AuditEntry {
    const actor = this.caller.describe();
    return this.em.create(AuditEntry, {
      action: event.action,
      actorRole: actor.role,
      actorKeyId: actor.apiKeyId ?? null,
      actorName: actor.apiKeyName ?? actor.role.toLowerCase(),
      targetType: event.targetType,
      targetId: String(event.targetId),
      changes: event.changes,
      requestId: this.requestId ?? null,
    });
  }
}
