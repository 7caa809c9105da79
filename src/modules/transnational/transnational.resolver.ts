import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { FilterScope } from '../../graphql/filter';
import { compileTransnationalFilter, TransnationalPartnershipFilter } from './transnational.filter';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { organisationByIdLoader } from '../organisation/organisation.loader';
import { OrganisationType } from '../organisation/organisation.type';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import { TransnationalPartnership } from './transnational-partnership.entity';
import {
  eventsByTransnationalPartnershipLoader,
  membersByTransnationalPartnershipLoader,
  transnationalPartnershipByIdLoader,
  transnationalPartnershipByKeyLoader,
} from './transnational.loader';
import {
  TransnationalEventType,
  TransnationalMemberType,
  TransnationalPartnershipConnection,
  TransnationalPartnershipType,
} from './transnational.type';

@Resolver(() => TransnationalPartnershipType)
export class TransnationalPartnershipResolver {
  @Query(() => TransnationalPartnershipConnection, { description: 'Transnational partnerships, filtered, by name.' })
  async transnationalPartnerships(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => TransnationalPartnershipFilter, { nullable: true }) filter: TransnationalPartnershipFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compileTransnationalFilter(filter, new FilterScope(loaders), '"t"', em, loaders);
    return paginate<TransnationalPartnershipType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(TransnationalPartnership).whereRaw(`(${where.sql})`, where.bindings as never),
      keys: [
        { expression: '"t"."name"', direction: 'asc', type: 'string', value: (p) => p.name },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (p) => p.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => TransnationalPartnershipType, { nullable: true })
  @Extensions(compiledRootRead(transnationalPartnershipByKeyLoader, 'key'))
  transnationalPartnership(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(transnationalPartnershipByKeyLoader).load(key);
  }

  @Extensions(compiledRead(membersByTransnationalPartnershipLoader))
  @FieldResolver(() => [TransnationalMemberType])
  members(@Root() tp: TransnationalPartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(membersByTransnationalPartnershipLoader).load(tp.id);
  }

  @Extensions(compiledRead(eventsByTransnationalPartnershipLoader))
  @FieldResolver(() => [TransnationalEventType])
  events(@Root() tp: TransnationalPartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(eventsByTransnationalPartnershipLoader).load(tp.id);
  }
}

@Resolver(() => TransnationalMemberType)
export class TransnationalMemberResolver {
  @Extensions(compiledRead(transnationalPartnershipByIdLoader, 'transnationalPartnershipId'))
  @FieldResolver(() => TransnationalPartnershipType)
  transnationalPartnership(@Root() member: TransnationalMemberType, @Ctx() { loaders }: HubContext) {
    return loaders.get(transnationalPartnershipByIdLoader).load(member.transnationalPartnershipId);
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'partnershipId'))
  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The member, when it is a partnership in the hub.' })
  partnership(@Root() member: TransnationalMemberType, @Ctx() { loaders }: HubContext) {
    return member.partnershipId ? loaders.get(partnershipByIdLoader).load(member.partnershipId) : null;
  }

  @Extensions(compiledRead(organisationByIdLoader, 'organisationId'))
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The member, when it is an organisation.' })
  organisation(@Root() member: TransnationalMemberType, @Ctx() { loaders }: HubContext) {
    return member.organisationId ? loaders.get(organisationByIdLoader).load(member.organisationId) : null;
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'declaredById'))
  @FieldResolver(() => PartnershipType, { description: 'The partnership whose source states this membership.' })
  declaredBy(@Root() member: TransnationalMemberType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipByIdLoader).load(member.declaredById);
  }
}

@Resolver(() => TransnationalEventType)
export class TransnationalEventResolver {
  @Extensions(compiledRead(transnationalPartnershipByIdLoader, 'transnationalPartnershipId'))
  @FieldResolver(() => TransnationalPartnershipType)
  transnationalPartnership(@Root() event: TransnationalEventType, @Ctx() { loaders }: HubContext) {
    return loaders.get(transnationalPartnershipByIdLoader).load(event.transnationalPartnershipId);
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'hostPartnershipId'))
  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The host, when it is a partnership in the hub.' })
  hostPartnership(@Root() event: TransnationalEventType, @Ctx() { loaders }: HubContext) {
    return event.hostPartnershipId ? loaders.get(partnershipByIdLoader).load(event.hostPartnershipId) : null;
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'declaredById'))
  @FieldResolver(() => PartnershipType, { description: 'The partnership whose source states this event.' })
  declaredBy(@Root() event: TransnationalEventType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipByIdLoader).load(event.declaredById);
  }
}
