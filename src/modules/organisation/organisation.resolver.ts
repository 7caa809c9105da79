import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { PartnershipType } from '../partnership/partnership.type';
import { placeByIdLoader } from '../place/place.loader';
import { PlaceType } from '../place/place.type';
import { projectPartnersByOrganisationLoader } from '../project/project.loader';
import { ProjectPartnerType } from '../project/project.type';
import { FilterScope } from '../../graphql/filter';
import { Organisation } from './organisation.entity';
import { compileOrganisationFilter, OrganisationFilter } from './organisation.filter';
import {
  membershipsByOrganisationLoader,
  organisationByIdLoader,
  organisationByKeyLoader,
  partnershipsByOrganisationLoader,
} from './organisation.loader';
import { MembershipType, OrganisationConnection, OrganisationType } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations, filtered (sector, place, roles in which partnerships, name), by name.' })
  async organisations(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compileOrganisationFilter(filter, new FilterScope(loaders), '"t"', em, loaders);
    return paginate<OrganisationType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(Organisation).whereRaw(`(${where.sql})`, where.bindings as never),
      keys: [
        { expression: '"t"."name"', direction: 'asc', type: 'string', value: (o) => o.name },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (o) => o.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => OrganisationType, { nullable: true })
  @Extensions(compiledRootRead(organisationByKeyLoader, 'key'))
  organisation(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationByKeyLoader).load(key);
  }

  @Extensions(compiledRead(placeByIdLoader, 'placeId'))
  @FieldResolver(() => PlaceType, { nullable: true })
  place(@Root() organisation: OrganisationType, @Ctx() { loaders }: HubContext) {
    return organisation.placeId ? loaders.get(placeByIdLoader).load(organisation.placeId) : null;
  }

  @Extensions(compiledRead(membershipsByOrganisationLoader))
  @FieldResolver(() => [MembershipType], { description: 'Its roles in partnerships.' })
  memberships(@Root() organisation: OrganisationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(membershipsByOrganisationLoader).load(organisation.id);
  }

  @Extensions(compiledRead(partnershipsByOrganisationLoader))
  @FieldResolver(() => [PartnershipType], { description: 'Partnerships it has a role in.' })
  partnerships(@Root() organisation: OrganisationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipsByOrganisationLoader).load(organisation.id);
  }

  @Extensions(compiledRead(projectPartnersByOrganisationLoader))
  @FieldResolver(() => [ProjectPartnerType], { description: 'Its parts in projects.' })
  projectRoles(@Root() organisation: OrganisationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(projectPartnersByOrganisationLoader).load(organisation.id);
  }
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  @Extensions(compiledRead(organisationByIdLoader, 'organisationId'))
  @FieldResolver(() => OrganisationType)
  organisation(@Root() membership: MembershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationByIdLoader).load(membership.organisationId);
  }
}
