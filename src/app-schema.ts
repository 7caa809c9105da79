import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { AchievementResolver } from './modules/achievement/achievement.resolver';
import { ActivityResolver } from './modules/activity/activity.resolver';
import { ContactPersonResolver } from './modules/contact/contact-person.resolver';
import { InnovationResolver } from './modules/innovation/innovation.resolver';
import { MetricResolver } from './modules/metric/metric.resolver';
import { ObjectiveResolver } from './modules/objective/objective.resolver';
import { IndicatorObservationResolver } from './modules/observation/indicator-observation.resolver';
import { MembershipResolver, OrganisationResolver } from './modules/organisation/organisation.resolver';
import {
  PartnershipFieldSourceResolver,
  PartnershipRecordResolver,
  PartnershipResolver,
} from './modules/partnership/partnership.resolver';
import { PlaceResolver } from './modules/place/place.resolver';
import { ProgressNoteResolver } from './modules/progress-note/progress-note.resolver';
import { ProjectPartnerResolver, ProjectResolver } from './modules/project/project.resolver';
import { ReportResolver } from './modules/report/report.resolver';
import {
  SourcedResolver,
  SourceDocumentQueries,
  SourceDocumentResolver,
  SourcePassageResolver,
} from './modules/source/source.resolver';
import {
  DashboardQueries,
  InnovationCellResolver,
  PartnershipCountsResolver,
  PlaceCountResolver,
  PopulationCoverageResolver,
  ProgrammeCountResolver,
  ThemeCountResolver,
} from './modules/dashboard/dashboard.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { BeneficiaryCategoryResolver, TargetGroupResolver } from './modules/target-group/target-group.resolver';
import { ConceptResolver } from './modules/taxonomy/concept.resolver';
import { TestimonialResolver } from './modules/testimonial/testimonial.resolver';
import {
  TransnationalEventResolver,
  TransnationalMemberResolver,
  TransnationalPartnershipResolver,
} from './modules/transnational/transnational.resolver';
import { ApiKeyResolver, ViewerResolver } from './modules/api-key/api-key.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { authChecker } from './access/auth-checker';
import { SharingResolver } from './modules/sharing/sharing.resolver';
import { ExportResolver } from './modules/export/export.resolver';
import { ComparisonResolver, SeriesResolver } from './modules/comparison/comparison.resolver';
import { IndicatorMappingResolver, IndicatorResolver, MetricIndicatorResolver } from './modules/indicator/indicator.resolver';
import { nodeLoaders } from './app-node-types';
import { NodeResolver } from './graphql/node.resolver';
import { buildGraphQLSchema } from './graphql/schema';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  SourcedResolver,
  SourcePassageResolver,
  SourceDocumentResolver,
  SourceDocumentQueries,
  PartnershipResolver,
  PartnershipRecordResolver,
  PartnershipFieldSourceResolver,
  PlaceResolver,
  ConceptResolver,
  TargetGroupResolver,
  BeneficiaryCategoryResolver,
  OrganisationResolver,
  MembershipResolver,
  ContactPersonResolver,
  ObjectiveResolver,
  ActivityResolver,
  ProjectResolver,
  ProjectPartnerResolver,
  AchievementResolver,
  TestimonialResolver,
  InnovationResolver,
  ReportResolver,
  ProgressNoteResolver,
  TransnationalPartnershipResolver,
  TransnationalMemberResolver,
  TransnationalEventResolver,
  MetricResolver,
  IndicatorObservationResolver,
  SearchResolver,
  DashboardQueries,
  InnovationCellResolver,
  PopulationCoverageResolver,
  PartnershipCountsResolver,
  PlaceCountResolver,
  ProgrammeCountResolver,
  ThemeCountResolver,
  ViewerResolver,
  ApiKeyResolver,
  AuditResolver,
  SharingResolver,
  ExportResolver,
  IndicatorResolver,
  IndicatorMappingResolver,
  MetricIndicatorResolver,
  ComparisonResolver,
  SeriesResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The hub's GraphQL schema: every module's resolvers, built once per process. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  built ??= buildGraphQLSchema(resolvers, nodeLoaders, authChecker);
  return built;
}

export { printHubSchema } from './graphql/schema';
