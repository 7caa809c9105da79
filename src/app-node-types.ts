import type { NodeTypes } from './graphql/node';
import { achievementByIdLoader } from './modules/achievement/achievement.loader';
import { activityByIdLoader } from './modules/activity/activity.loader';
import { contactPersonByIdLoader } from './modules/contact/contact-person.loader';
import { illustrationByIdLoader } from './modules/illustration/illustration.loader';
import { innovationByIdLoader } from './modules/innovation/innovation.loader';
import { metricByIdLoader } from './modules/metric/metric.loader';
import { objectiveByIdLoader } from './modules/objective/objective.loader';
import { observationByIdLoader } from './modules/observation/indicator-observation.loader';
import { membershipByIdLoader, organisationByIdLoader } from './modules/organisation/organisation.loader';
import { partnershipByIdLoader } from './modules/partnership/partnership.loader';
import { placeByIdLoader } from './modules/place/place.loader';
import { progressNoteByIdLoader } from './modules/progress-note/progress-note.loader';
import { projectByIdLoader, projectPartnerByIdLoader } from './modules/project/project.loader';
import { reportByIdLoader } from './modules/report/report.loader';
import { readablePassageByIdLoader, sourceDocumentByIdLoader } from './modules/source/source.loader';
import { beneficiaryCategoryByIdLoader, targetGroupByIdLoader } from './modules/target-group/target-group.loader';
import { conceptByIdLoader } from './modules/taxonomy/concept.loader';
import { testimonialByIdLoader } from './modules/testimonial/testimonial.loader';
import {
  transnationalEventByIdLoader,
  transnationalMemberByIdLoader,
  transnationalPartnershipByIdLoader,
} from './modules/transnational/transnational.loader';

/** How `node(id:)` fetches each type that implements Node; the schema build checks none is missing. */
export const nodeLoaders: NodeTypes = {
  Achievement: achievementByIdLoader,
  Activity: activityByIdLoader,
  BeneficiaryCategory: beneficiaryCategoryByIdLoader,
  Concept: conceptByIdLoader,
  ContactPerson: contactPersonByIdLoader,
  Illustration: illustrationByIdLoader,
  IndicatorObservation: observationByIdLoader,
  Innovation: innovationByIdLoader,
  Membership: membershipByIdLoader,
  Metric: metricByIdLoader,
  Objective: objectiveByIdLoader,
  Organisation: organisationByIdLoader,
  Partnership: partnershipByIdLoader,
  Place: placeByIdLoader,
  ProgressNote: progressNoteByIdLoader,
  Project: projectByIdLoader,
  ProjectPartner: projectPartnerByIdLoader,
  Report: reportByIdLoader,
  SourceDocument: sourceDocumentByIdLoader,
  SourcePassage: readablePassageByIdLoader,
  TargetGroup: targetGroupByIdLoader,
  Testimonial: testimonialByIdLoader,
  TransnationalEvent: transnationalEventByIdLoader,
  TransnationalMember: transnationalMemberByIdLoader,
  TransnationalPartnership: transnationalPartnershipByIdLoader,
};
