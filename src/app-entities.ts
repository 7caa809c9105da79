import { Achievement } from './modules/achievement/achievement.entity';
import { Activity } from './modules/activity/activity.entity';
import { ContactPerson } from './modules/contact/contact-person.entity';
import { DatasetImport } from './modules/import/dataset-import.entity';
import { Illustration } from './modules/illustration/illustration.entity';
import { Innovation } from './modules/innovation/innovation.entity';
import { Metric } from './modules/metric/metric.entity';
import { Objective } from './modules/objective/objective.entity';
import { IndicatorObservation } from './modules/observation/indicator-observation.entity';
import { Membership } from './modules/organisation/membership.entity';
import { Organisation } from './modules/organisation/organisation.entity';
import { PartnershipFieldSource } from './modules/partnership/partnership-field-source.entity';
import { Partnership } from './modules/partnership/partnership.entity';
import { PartnershipPlace } from './modules/place/partnership-place.entity';
import { Place } from './modules/place/place.entity';
import { ProgressNote } from './modules/progress-note/progress-note.entity';
import { ProjectPartner } from './modules/project/project-partner.entity';
import { Project } from './modules/project/project.entity';
import { Report } from './modules/report/report.entity';
import { SourceDocument } from './modules/source/source-document.entity';
import { SourcePassage } from './modules/source/source-passage.entity';
import { BeneficiaryCategory, PopulationGroup, TargetGroup } from './modules/target-group/target-group.entity';
import { Testimonial } from './modules/testimonial/testimonial.entity';
import { TransnationalEvent } from './modules/transnational/transnational-event.entity';
import { TransnationalMember } from './modules/transnational/transnational-member.entity';
import { TransnationalPartnership } from './modules/transnational/transnational-partnership.entity';
import { SearchEntry, SearchIndexState } from './modules/search/search-entry.entity';
import { Concept, ConceptLabel } from './modules/taxonomy/concept.entity';
import {
  BeneficiaryCategoryConcept,
  IndicatorObservationConcept,
  PopulationConceptLink,
  TargetGroupConcept,
} from './modules/taxonomy/population-mapping.entity';
import { ApiKey } from './modules/api-key/api-key.entity';
import { Indicator, IndicatorMapping } from './modules/indicator/indicator.entity';
import { AuditEntry } from './modules/audit/audit-entry.entity';
import { BaseRecord } from './db/base.entity';
import { SourcedRecord } from './modules/source/sourced-record.entity';
import { PartnershipRecord } from './modules/partnership/partnership-record.entity';
import { HubSetting } from './db/hub-setting.entity';
import { AccessState } from './access/access-state.entity';

/** Every entity (the composition root knows every module), listed explicitly: no folder scanning, so dist/, ts-jest and bundlers all agree. */
export const entities = [
  BaseRecord,
  SourcedRecord,
  PartnershipRecord,
  SourceDocument,
  SourcePassage,
  Place,
  Concept,
  ConceptLabel,
  Organisation,
  Partnership,
  PartnershipFieldSource,
  PartnershipPlace,
  Membership,
  ContactPerson,
  Objective,
  Activity,
  PopulationGroup,
  TargetGroup,
  BeneficiaryCategory,
  PopulationConceptLink,
  TargetGroupConcept,
  BeneficiaryCategoryConcept,
  IndicatorObservationConcept,
  Project,
  ProjectPartner,
  Achievement,
  Testimonial,
  Innovation,
  Report,
  ProgressNote,
  Illustration,
  TransnationalPartnership,
  TransnationalMember,
  TransnationalEvent,
  Metric,
  IndicatorObservation,
  DatasetImport,
  SearchEntry,
  SearchIndexState,
  ApiKey,
  AuditEntry,
  Indicator,
  IndicatorMapping,
  HubSetting,
  AccessState,
];
