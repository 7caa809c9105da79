import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { organisationByIdLoader } from '../organisation/organisation.loader';
import { OrganisationType } from '../organisation/organisation.type';
import { ContactPersonType } from './contact-person.type';

@Resolver(() => ContactPersonType)
export class ContactPersonResolver {
  @Extensions(compiledRead(organisationByIdLoader, 'organisationId'))
  @FieldResolver(() => OrganisationType, { nullable: true })
  organisation(@Root() contact: ContactPersonType, @Ctx() { loaders }: HubContext) {
    return contact.organisationId ? loaders.get(organisationByIdLoader).load(contact.organisationId) : null;
  }
}
