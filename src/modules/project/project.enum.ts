import { registerEnumType } from 'type-graphql';

export enum ProjectKind {
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  PROJECT = 'PROJECT',
  PROGRAMME = 'PROGRAMME',
  SERVICE = 'SERVICE',
  PILOT = 'PILOT',
  FORUM = 'FORUM',
  PANEL = 'PANEL',
  SECONDMENT = 'SECONDMENT',
  NETWORK = 'NETWORK',
  TOOLKIT = 'TOOLKIT',
  OTHER = 'OTHER',
}

registerEnumType(ProjectKind, { name: 'ProjectKind', description: 'What kind of project or initiative.' });
