import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError, HubErrorCode } from '../../errors';
import { AuditAction } from '../audit/audit.enum';
import { AuditService } from '../audit/audit.service';
import { SHARING_ORDER, SharingLevel } from '../../access/roles';
import type { Caller } from '../../access/caller';
import { ownerColumnOf, ownerPropertyOf } from '../../access/visibility';
import { personalLinks } from '../../access/personal-links';
import { Partnership } from '../partnership/partnership.entity';
import { DEPENDANTS, PARENT_OF } from './dependants';
import { refreshDerivedData } from '../derived/derived-data.service';

export interface SharingChange {
  previous: SharingLevel;
  sharing: SharingLevel;
  /** Records of a partnership made more restrictive along with it. */
  cascaded: number;
}

const looserThan = (level: SharingLevel) => SHARING_ORDER.slice(0, SHARING_ORDER.indexOf(level));

/**
 * Who may see a record is decided by its owners: a partnership's editors (and administrators) set
 * the sharing level of the partnership and its records. Rule kept here: a record is never shared
 * more widely than its partnership, so tightening a partnership tightens its looser records too.
 */
export class SharingService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
    private readonly requestId?: string,
  ) {}

  async setSharing(typeName: string, id: number | null, sharing: SharingLevel, globalId: string): Promise<SharingChange> {
    const meta = this.em.getMetadata().find(typeName);
    // A document's catalogue entry follows its partnership; its own level governs its full text.
    const property = meta?.properties.sharing ? 'sharing' : meta?.properties.textSharing ? 'textSharing' : undefined;
    if (!meta || !property || !ownerColumnOf(meta)) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `Records of type ${typeName} have no sharing level`);
    }
    return this.em.transactional(async (em) => {
      const found: unknown = id === null ? null : await em.findOne(meta.className, { id } as never);
      const record = found as (Record<string, SharingLevel> & { id: number }) | null;
      const ownerId = record ? ownerIdOf(meta, record) : undefined;
      // A record the caller cannot see is reported exactly like one that does not exist.
      if (!record || (property === 'sharing' && !this.caller.canSee(record.sharing, ownerId))) {
        throw new HubError(HubErrorCode.NOT_FOUND, `No record with ID "${globalId}"`);
      }
      if (!this.caller.owns(ownerId)) {
        throw new HubError(HubErrorCode.FORBIDDEN, "Only the owning partnership's editors may change who sees this record");
      }
      const previous = record[property];
      let cascaded = 0;
      if (property === 'textSharing') {
        // A document's text is its own: no partnership level to respect.
      } else if (meta.className === Partnership.name) {
        if (SHARING_ORDER.indexOf(sharing) > SHARING_ORDER.indexOf(previous)) cascaded = await this.tightenRecords(em, record.id, sharing);
      } else {
        if (sharing !== SharingLevel.OWNER) {
          const [link] = await personalLinks(em, [ownerId!], { entity: meta.className, id: record.id });
          if (link) {
            throw new HubError(
              HubErrorCode.BAD_USER_INPUT,
              'This record is seen by its owners only: its source states personal data of a record cited from the same place, and would pair them',
            );
          }
        }
        const partnership = await em.findOneOrFail(Partnership, { id: ownerId! });
        if (SHARING_ORDER.indexOf(sharing) < SHARING_ORDER.indexOf(partnership.sharing)) {
          throw new HubError(
            HubErrorCode.BAD_USER_INPUT,
            `A record cannot be shared more widely than its partnership (${partnership.sharing})`,
          );
        }
        const parent = PARENT_OF[meta.className];
        const parentRef = parent ? (record as unknown as Record<string, { id: number } | null>)[parent.relation] : null;
        if (parent && parentRef) {
          // em.execute, not em.getConnection(): inside the transaction (the embedded database has one connection).
          const [row] = await em.execute<Array<{ sharing: SharingLevel }>>(
            `select sharing from "${em.getMetadata().find(parent.entity)!.tableName}" where id = ?`,
            [parentRef.id],
          );
          if (row && SHARING_ORDER.indexOf(sharing) < SHARING_ORDER.indexOf(row.sharing)) {
            throw new HubError(HubErrorCode.BAD_USER_INPUT, `A record cannot be shared more widely than the ${parent.entity} it belongs to (${row.sharing})`);
          }
        }
        if (SHARING_ORDER.indexOf(sharing) > SHARING_ORDER.indexOf(previous)) cascaded = await this.tightenDependants(em, meta.className, record.id, sharing);
      }
      record[property] = sharing;
      await em.flush();
      // Who sees what follows at once, in this transaction: decisions, masks, positions, search texts.
      if (ownerId !== undefined) await refreshDerivedData(em, [ownerId]);
      new AuditService(em, this.caller, this.requestId).record({
        action: AuditAction.SHARING_CHANGED,
        targetType: typeName,
        targetId: globalId,
        changes: { sharing: { before: previous, after: sharing }, cascaded },
      });
      return { previous, sharing, cascaded };
    });
  }

  /** The records that are part of this one (a project's links, a report's notes, a total's parts) follow it down. */
  private async tightenDependants(em: EntityManager, className: string, id: number, level: SharingLevel): Promise<number> {
    let count = 0;
    for (const { entity, relation } of DEPENDANTS[className] ?? []) {
      count += await em.nativeUpdate(entity, { [relation]: id, sharing: { $in: looserThan(level) } }, { sharing: level });
    }
    return count;
  }

  /** Every record of the partnership shared more widely than `level` is brought down to it. */
  private async tightenRecords(em: EntityManager, partnershipId: number, level: SharingLevel): Promise<number> {
    let count = 0;
    for (const meta of Object.values(em.getMetadata().getAll())) {
      if (meta.abstract || meta.className === Partnership.name) continue;
      // A document's full text follows its partnership down too (its catalogue entry follows the partnership's visibility).
      const property = meta.properties.sharing ? 'sharing' : meta.properties.textSharing ? 'textSharing' : undefined;
      const owner = ownerPropertyOf(meta);
      if (!property || !owner || owner === 'id') continue;
      count += await em.nativeUpdate(meta.className, { [owner]: partnershipId, [property]: { $in: looserThan(level) } }, { [property]: level });
    }
    return count;
  }
}

function ownerIdOf(meta: EntityMetadata, record: object): number | undefined {
  if (meta.className === Partnership.name) return (record as { id: number }).id;
  const relationName = ownerPropertyOf(meta);
  const relation = relationName ? (record as Record<string, { id: number } | undefined>)[relationName] : undefined;
  return relation?.id;
}
