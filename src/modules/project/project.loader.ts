import type { Loaders } from '../../db/row-loaders';
import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { ProjectPartner } from './project-partner.entity';
import { Project } from './project.entity';
import type { ProjectPartnerType, ProjectType } from './project.type';

export const projectByIdLoader = rowByIdLoader<ProjectType>(Project);
export const projectsByPartnershipLoader = childRowsLoader<ProjectType>(Project, 'partnership');
export const projectPartnerByIdLoader = rowByIdLoader<ProjectPartnerType>(ProjectPartner);
export const partnersByProjectLoader = childRowsLoader<ProjectPartnerType>(ProjectPartner, 'project');
export const projectPartnersByOrganisationLoader = childRowsLoader<ProjectPartnerType>(ProjectPartner, 'organisation', {
  orderBy: ['project', 'ordinal'],
});

/** The project a record is linked to, if any (activities, achievements, figures ...). */
export function loadProject(loaders: Loaders, projectId: number | null) {
  return projectId ? loaders.get(projectByIdLoader).load(projectId) : null;
}
