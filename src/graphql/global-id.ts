import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from './errors';

/**
 * Global IDs are opaque: `base64url("<Type>:<n>")` where n is the record's database id put through
 * a keyed permutation of 52-bit numbers (an 8-round Feistel network, round keys from a secret kept
 * in the hub's database). IDs stay stable across restarts and re-imports (the id and the secret
 * do), but say nothing of the order records were stored in, so a caller cannot tell from the IDs
 * it reads that a record between two of them exists and is hidden. The type's tag is permuted with
 * the id: an ID made up or moved to another type decodes to no record (null), not to a neighbour.
 *
 * Not a vetted cipher: the point is that IDs carry no sequence, not that they are secret.
 */
const HALF_BITS = 26;
const HALF = 2 ** HALF_BITS;
const HALF_MASK = HALF - 1;
const ID_BITS = 31;
const TAG_SPACE = 2 ** (2 * HALF_BITS - ID_BITS); // 21 bits of type tag
const ROUNDS = 8;

/** murmur3's finaliser: every input bit reaches every output bit. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export class GlobalIdCodec {
  private readonly keys: number[];
  private readonly tags = new Map<string, number>();

  constructor(secret: string) {
    const digest = createHmac('sha256', secret).update('global-id rounds').digest();
    this.keys = Array.from({ length: ROUNDS }, (_, i) => digest.readUInt32BE(i * 4));
  }

  /** A fresh secret (hex) for a new database. */
  static newSecret(): string {
    return randomBytes(32).toString('hex');
  }

  private tag(typeName: string): number {
    let tag = this.tags.get(typeName);
    if (tag === undefined) this.tags.set(typeName, (tag = createHash('sha256').update(typeName).digest().readUInt32BE(0) % TAG_SPACE));
    return tag;
  }

  private round(half: number, i: number): number {
    return mix(half ^ this.keys[i]) & HALF_MASK;
  }

  /** The opaque number standing for record `id` of type `typeName`. */
  encode(typeName: string, id: number): number {
    const plain = this.tag(typeName) * 2 ** ID_BITS + id;
    let left = Math.floor(plain / HALF);
    let right = plain % HALF;
    for (let i = 0; i < ROUNDS; i++) [left, right] = [right, (left ^ this.round(right, i)) >>> 0];
    return left * HALF + right;
  }

  /** The record id an opaque number stands for, or null when it stands for none of this type. */
  decode(typeName: string, value: number): number | null {
    if (!Number.isSafeInteger(value) || value < 0 || value >= HALF * HALF) return null;
    let left = Math.floor(value / HALF);
    let right = value % HALF;
    for (let i = ROUNDS - 1; i >= 0; i--) [left, right] = [(right ^ this.round(left, i)) >>> 0, left];
    const plain = left * HALF + right;
    if (Math.floor(plain / 2 ** ID_BITS) !== this.tag(typeName)) return null;
    const id = plain % 2 ** ID_BITS;
    return id > 0 ? id : null;
  }
}

const SECRET_SETTING = 'global-id-secret';
/** Not a type name (those start with a capital and have no hyphen): no ID decodes as a cursor value. */
const CURSOR_TAG = 'cursor-value';

/** What a global ID stands for: a type and a record id, or no record (`id` null) of a known shape. */
export interface DecodedId {
  typeName: string;
  id: number | null;
}

/**
 * The hub's global IDs: `base64url("<Type>:<opaque number>")`. Made on the way out, decoded on the
 * way in; a malformed ID is the caller's mistake (BAD_USER_INPUT), a well-formed one that stands
 * for no record decodes to `id: null` and reads as "not found", like an id that was deleted.
 */
export class GlobalIds {
  private readonly codec: GlobalIdCodec;

  constructor(secret: string) {
    this.codec = new GlobalIdCodec(secret);
  }

  /** The secret kept in the database (created by the first hub on it), so IDs survive restarts. */
  static async load(em: EntityManager): Promise<GlobalIds> {
    await em.execute(`insert into "hub_setting" ("name", "value") values (?, ?) on conflict ("name") do nothing`, [SECRET_SETTING, GlobalIdCodec.newSecret()]);
    const [row] = await em.execute<Array<{ value: string }>>(`select "value" from "hub_setting" where "name" = ?`, [SECRET_SETTING]);
    return new GlobalIds(row.value);
  }

  to(typeName: string, id: number): string {
    return Buffer.from(`${typeName}:${this.codec.encode(typeName, id)}`, 'utf8').toString('base64url');
  }

  /**
   * A stored number (a record id, a position among all stored rows) as a cursor carries it:
   * permuted like IDs, so a cursor says nothing of storage order or of rows the caller cannot see.
   */
  toCursorValue(n: number): number {
    return this.codec.encode(CURSOR_TAG, n + 1);
  }

  /** The stored number a cursor's value stands for, or null for a value no cursor holds. */
  fromCursorValue(value: number): number | null {
    const n = this.codec.decode(CURSOR_TAG, value);
    return n === null ? null : n - 1;
  }

  from(globalId: string): DecodedId {
    const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
    const match = /^([A-Z][A-Za-z]{0,63}):(0|[1-9][0-9]{0,15})$/.exec(decoded);
    if (!match) throw badUserInput(`"${globalId.slice(0, 100)}" is not a valid ID`, { argument: 'id' });
    return { typeName: match[1], id: this.codec.decode(match[1], Number(match[2])) };
  }
}
