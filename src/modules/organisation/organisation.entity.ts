import type { AudienceMasks } from '../../access/audience';
import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { SourcedRecord } from '../source/sourced-record.entity';
import { Place } from '../place/place.entity';
import { OrganisationSector } from './organisation.enum';

/** An organisation named in a source; shared by every partnership that names it. */
@Entity()
@Unique({ properties: ['key'] })
@Index({ properties: ['name'] })
export class Organisation extends SourcedRecord {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  acronym?: string;

  @Enum({ items: () => OrganisationSector, nullable: true })
  sector?: OrganisationSector;

  @MaskedNarrative('passage')
  @Property({ type: 'text', nullable: true })
  description?: string;

  @ManyToOne(() => Place, { ref: true, nullable: true })
  @Index()
  place?: Ref<Place>;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;
}
