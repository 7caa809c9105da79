import type { AudienceMasks, Positions } from '../../access/audience';
import { MaskedNarrative, Positioned } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import type { Partnership } from '../partnership/partnership.entity';
import { BaseRecord } from '../../db/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { OrganisationRole } from '../organisation/organisation.enum';
import { SourcePassage } from '../source/source-passage.entity';
import { Project } from './project.entity';

/** An organisation's part in a project (IKEA supplies the Vine Trust's furniture ...). */
@Entity()
@Unique({ properties: ['project', 'organisation', 'role'] })
// Which organisations a caller may see (catalogue visibility): read by index, level first.
@Index({ properties: ['sharing', 'organisation'] })
@Positioned(['project'])
export class ProjectPartner extends BaseRecord {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @Enum({ items: () => OrganisationRole })
  role!: OrganisationRole;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Property()
  ordinal!: number;

  @ManyToOne(() => SourcePassage, { ref: true })
  source!: Ref<SourcePassage>;

  /** The project's partnership, kept here so visibility needs no join. */
  @ManyToOne({ entity: 'Partnership', ref: true, deleteRule: 'cascade' })
  @Index()
  partnership!: Ref<Partnership>;

  /** As its project's. */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  sharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;

  /** Derived (access/derivation.ts): its position among the siblings each audience sees. */
  @Property({ type: 'json', nullable: true })
  positions?: Positions | null;
}
