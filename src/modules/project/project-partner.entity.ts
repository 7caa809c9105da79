import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../auth/auth.enum';
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
export class ProjectPartner extends BaseRecord {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @Enum({ items: () => OrganisationRole })
  role!: OrganisationRole;

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
}
