import { Role, SharingLevel } from './roles';

/**
 * The caller of one request: anonymous (PUBLIC) or the holder of an API key. Every permission
 * decision asks this object, so the rules live here and in visibility.ts, not in resolvers.
 */
export class Caller {
  constructor(
    readonly role: Role,
    /** Partnerships a PARTNERSHIP_EDITOR may edit and see everything of. */
    readonly partnershipIds: ReadonlySet<number> = new Set(),
    readonly apiKeyId?: number,
    readonly apiKeyName?: string,
    /** The key's public prefix ("pdh_<prefix>_..."): names it in rate limits and logs. */
    readonly apiKeyPrefix?: string,
  ) {}

  static readonly anonymous = new Caller(Role.PUBLIC);

  /** The hub's own tools (seed, CLI): administrators, named in the audit log. */
  static system(name: string): Caller {
    return new Caller(Role.ADMIN, new Set(), undefined, name);
  }

  get isAdmin(): boolean {
    return this.role === Role.ADMIN;
  }

  get isAuthenticated(): boolean {
    return this.role !== Role.PUBLIC;
  }

  /** Owners see everything of their partnership, personal data included. */
  owns(partnershipId: number | null | undefined): boolean {
    if (this.isAdmin) return true;
    return this.role === Role.PARTNERSHIP_EDITOR && partnershipId != null && this.partnershipIds.has(partnershipId);
  }

  /** Sharing levels this caller sees on records it does not own. */
  get visibleLevels(): SharingLevel[] {
    if (this.isAdmin) return [SharingLevel.PUBLIC, SharingLevel.PARTNERS, SharingLevel.OWNER];
    return this.isAuthenticated ? [SharingLevel.PUBLIC, SharingLevel.PARTNERS] : [SharingLevel.PUBLIC];
  }

  canSee(sharing: SharingLevel, ownerPartnershipId: number | null | undefined): boolean {
    return this.visibleLevels.includes(sharing) || this.owns(ownerPartnershipId);
  }

  /** For logs and the audit trail: never the key itself. */
  describe(): { role: Role; apiKeyId?: number; apiKeyName?: string } {
    return { role: this.role, apiKeyId: this.apiKeyId, apiKeyName: this.apiKeyName };
  }
}
