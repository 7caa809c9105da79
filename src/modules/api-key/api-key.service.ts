import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError, HubErrorCode } from '../../errors';
import { AuditAction } from '../audit/audit.enum';
import { AuditService } from '../audit/audit.service';
import { Role } from '../../access/roles';
import { Caller } from '../../access/caller';
import { Partnership } from '../partnership/partnership.entity';
import { ApiKey } from './api-key.entity';

/** Keys look like `pdh_<prefix>_<secret>`: recognisable in a leak scan, findable by prefix. */
const KEY_PATTERN = /^pdh_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface NewApiKey {
  name: string;
  role: Role;
  /** Slugs of the partnerships a PARTNERSHIP_EDITOR key may edit. */
  partnerships?: string[];
  expiresAt?: Date | null;
}

/** Creating, revoking and checking API keys. Creating and revoking are audited. */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
    private readonly requestId?: string,
  ) {}

  /** Creates a key; the returned secret is shown this once and stored only as a hash. */
  async create(input: NewApiKey): Promise<{ secret: string; apiKey: ApiKey }> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new HubError(HubErrorCode.BAD_USER_INPUT, 'A key needs a name of 1 to 100 characters');
    if (input.role === Role.PUBLIC) throw new HubError(HubErrorCode.BAD_USER_INPUT, 'PUBLIC needs no key: callers without one are PUBLIC');
    const slugs = [...new Set(input.partnerships ?? [])];
    if (input.role === Role.PARTNERSHIP_EDITOR && slugs.length === 0) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, 'A PARTNERSHIP_EDITOR key names the partnerships it may edit');
    }
    if (input.role !== Role.PARTNERSHIP_EDITOR && slugs.length > 0) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `A ${input.role} key is not scoped to partnerships`);
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, 'The expiry date must be in the future');
    }
    return this.em.transactional(async (em) => {
      const partnerships = slugs.length ? await em.find(Partnership, { slug: { $in: slugs } }) : [];
      const unknown = slugs.filter((s) => !partnerships.some((p) => p.slug === s));
      if (unknown.length) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Unknown partnership(s): ${unknown.join(', ')}`);
      const prefix = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
      const secret = randomBytes(32).toString('base64url');
      const apiKey = em.create(ApiKey, {
        name,
        role: input.role,
        prefix,
        secretHash: hash(secret),
        expiresAt: input.expiresAt ?? null,
        createdBy: this.caller.apiKeyName ?? this.caller.role.toLowerCase(),
      });
      apiKey.partnerships.set(partnerships);
      await em.flush();
      new AuditService(em, this.caller, this.requestId).record({
        action: AuditAction.API_KEY_CREATED,
        targetType: 'ApiKey',
        targetId: apiKey.id,
        changes: { name, role: input.role, prefix, partnerships: slugs, expiresAt: input.expiresAt?.toISOString() ?? null },
      });
      return { secret: `pdh_${prefix}_${secret}`, apiKey };
    });
  }

  /** Revokes a key by id or prefix; revoking twice is refused, so the log shows one revocation. */
  async revoke(idOrPrefix: number | string): Promise<ApiKey> {
    return this.em.transactional(async (em) => {
      const apiKey = await em.findOne(ApiKey, typeof idOrPrefix === 'number' ? { id: idOrPrefix } : { prefix: idOrPrefix });
      if (!apiKey) throw new HubError(HubErrorCode.NOT_FOUND, 'No such API key');
      if (apiKey.revokedAt) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Key ${apiKey.prefix} is already revoked`);
      apiKey.revokedAt = new Date();
      new AuditService(em, this.caller, this.requestId).record({
        action: AuditAction.API_KEY_REVOKED,
        targetType: 'ApiKey',
        targetId: apiKey.id,
        changes: { revokedAt: { before: null, after: apiKey.revokedAt.toISOString() } },
      });
      return apiKey;
    });
  }

  async list(): Promise<ApiKey[]> {
    return this.em.find(ApiKey, {}, { populate: ['partnerships'], orderBy: { id: 'asc' } });
  }
}

/**
 * The caller an Authorization header stands for. No header: PUBLIC. A header that is malformed,
 * unknown, expired or revoked: UNAUTHENTICATED (a client with a wrong key must find out, not be
 * served public data as if all were well). One indexed query; no write on the read path.
 */
export async function authenticate(em: EntityManager, authorization: string | undefined): Promise<Caller> {
  if (authorization === undefined || authorization === '') return Caller.anonymous;
  const match = /^Bearer (\S{1,200})$/i.exec(authorization.trim());
  const key = match ? KEY_PATTERN.exec(match[1]) : null;
  if (!key) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <API key>"');
  const [, prefix, secret] = key;
  const rows = await em.execute<
    Array<{ id: number; name: string; role: Role; secret_hash: string; expired: boolean; revoked: boolean; partnership_ids: number[] }>
  >(
    `select k.id, k.name, k.role, k.secret_hash,
            coalesce(k.expires_at <= now(), false) as expired, k.revoked_at is not null as revoked,
            coalesce(array_agg(p.partnership_id) filter (where p.partnership_id is not null), '{}') as partnership_ids
       from api_key k left join api_key_partnership p on p.api_key_id = k.id
      where k.prefix = ? group by k.id`,
    [prefix],
  );
  const row = rows[0];
  const given = Buffer.from(hash(secret), 'hex');
  // Constant-time compare: response timing must not tell how much of a guessed secret was right.
  const valid = row && timingSafeEqual(given, Buffer.from(row.secret_hash, 'hex'));
  if (!valid) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'Unknown API key');
  if (row.revoked) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'This API key has been revoked');
  if (row.expired) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'This API key has expired');
  return new Caller(row.role, new Set(row.partnership_ids.map(Number)), row.id, row.name, prefix);
}
