import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { ContactPerson } from './contact-person.entity';
import type { ContactPersonType } from './contact-person.type';

export const contactPersonByIdLoader = rowByIdLoader<ContactPersonType>(ContactPerson);
export const contactsByPartnershipLoader = childRowsLoader<ContactPersonType>(ContactPerson, 'partnership');
