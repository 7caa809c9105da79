import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { organisationByIdLoader } from '../organisation/organisation.loader';
import { OrganisationType } from '../organisation/organisation.type';
import { redactedFields } from '../auth/personal-data';
import { ContactPersonType } from './contact-person.type';

@Resolver(() => ContactPersonType)
export class ContactPersonResolver {
  @FieldResolver(() => [String], { description: 'Personal-data fields withheld from this caller (they read null).' })
  redactedFields(@Root() contact: ContactPersonType, @Ctx() context: HubContext) {
    return redactedFields(ContactPersonType, contact.partnershipId, context);
  }

  @FieldResolver(() => OrganisationType, { nullable: true })
  organisation(@Root() contact: ContactPersonType, @Ctx() { loaders }: HubContext) {
    return contact.organisationId ? loaders.get(organisationByIdLoader).load(contact.organisationId) : null;
  }
}
