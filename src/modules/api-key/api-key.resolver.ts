import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ReadsFromPrimary } from '../../graphql/primary-reads';
import type { GlobalIds } from '../../graphql/global-id';
import { HubError, HubErrorCode } from '../../errors';
import { Role } from '../../access/roles';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import type { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';
import { ApiKeyStatus, ApiKeyType, CreateApiKeyInput, CreatedApiKeyType, ViewerType } from './api-key.type';

function view(key: ApiKey, ids: GlobalIds): ApiKeyType {
  const now = Date.now();
  return {
    id: ids.to('ApiKey', key.id),
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    status: key.revokedAt ? ApiKeyStatus.REVOKED : key.expiresAt && key.expiresAt.getTime() <= now ? ApiKeyStatus.EXPIRED : ApiKeyStatus.ACTIVE,
    createdAt: key.createdAt,
    expiresAt: key.expiresAt ?? null,
    revokedAt: key.revokedAt ?? null,
    createdBy: key.createdBy,
    partnershipIds: key.partnerships.isInitialized() ? key.partnerships.getItems().map((p) => p.id) : [],
  };
}

function keyId(id: string, ids: GlobalIds): number {
  const decoded = ids.from(id);
  if (decoded.typeName !== 'ApiKey') throw new HubError(HubErrorCode.BAD_USER_INPUT, `"${id}" is not the ID of an API key`);
  return decoded.id ?? 0; // stands for no key: ids start at 1, so it is reported as not found

}

const service = ({ em, policy, requestId }: HubContext) => new ApiKeyService(em, policy.caller, requestId);

/** Key management: administrators only. Writes go through ApiKeyService (audited). */
@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKeyType], { description: 'Every API key (administrators).' })
  @ReadsFromPrimary()
  async apiKeys(@Ctx() ctx: HubContext) {
    return (await service(ctx).list()).map((key) => view(key, ctx.ids));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKeyType, { description: 'Creates an API key (administrators). The secret is returned once.' })
  async createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: HubContext): Promise<CreatedApiKeyType> {
    const { secret, apiKey } = await service(ctx).create({
      name: input.name,
      role: input.role,
      partnerships: input.partnerships ?? [],
      expiresAt: input.expiresAt ?? null,
    });
    return { secret, apiKey: view(apiKey, ctx.ids) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyType, { description: 'Revokes an API key (administrators); it stops working at once.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext) {
    const apiKey = await service(ctx).revoke(keyId(id, ctx.ids));
    await ctx.em.populate(apiKey, ['partnerships']);
    return view(apiKey, ctx.ids);
  }

  @FieldResolver(() => [PartnershipType], { description: 'Partnerships a PARTNERSHIP_EDITOR key may edit.' })
  async partnerships(@Root() key: ApiKeyType, @Ctx() { loaders }: HubContext) {
    const rows = await loaders.get(partnershipByIdLoader).loadMany(key.partnershipIds);
    return rows.filter((r): r is PartnershipType => !!r && !(r instanceof Error));
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'Who the hub takes the caller of this request to be.' })
  viewer(@Ctx() { policy: { caller } }: HubContext): ViewerType {
    return { role: caller.role, apiKeyName: caller.apiKeyName ?? null, partnershipIds: [...caller.partnershipIds] };
  }

  @FieldResolver(() => [PartnershipType], { description: 'Partnerships the caller owns (editors).' })
  async partnerships(@Root() viewer: ViewerType, @Ctx() { loaders }: HubContext) {
    const rows = await loaders.get(partnershipByIdLoader).loadMany(viewer.partnershipIds);
    return rows.filter((r): r is PartnershipType => !!r && !(r instanceof Error));
  }
}
