import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { Role, SharingLevel } from '../../access/roles';
import { SharingService } from './sharing.service';

@ObjectType('SharingChange')
class SharingChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => SharingLevel)
  previous!: SharingLevel;

  @Field(() => SharingLevel)
  sharing!: SharingLevel;

  @Field(() => Int, { description: "Records of the partnership made more restrictive with it." })
  cascaded!: number;
}

@Resolver()
export class SharingResolver {
  @Authorized(Role.PARTNERSHIP_EDITOR, Role.ADMIN)
  @Mutation(() => SharingChangeType, {
    description:
      "Sets who may see a record (a partnership, or one of its records): its partnership's editors and administrators only. " +
      'A record is never shared more widely than its partnership; making a partnership more restrictive makes its records so too.',
  })
  async setSharing(
    @Arg('id', () => ID) id: string,
    @Arg('sharing', () => SharingLevel) sharing: SharingLevel,
    @Ctx() { em, policy, ids, requestId }: HubContext,
  ): Promise<SharingChangeType> {
    const { typeName, id: recordId } = ids.from(id);
    const change = await new SharingService(em, policy.caller, requestId).setSharing(typeName, recordId, sharing, id);
    return { id, ...change };
  }
}
