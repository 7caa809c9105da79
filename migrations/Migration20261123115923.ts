import { Migration } from '@mikro-orm/migrations';

export class Migration20261123115923 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dataset_import" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "file_name" text not null, "partnership_slug" varchar(120) not null, "content_sha256" varchar(64) not null, "counts" jsonb not null);`);
    this.addSql(`alter table "dataset_import" add constraint "dataset_import_file_name_unique" unique ("file_name");`);

    this.addSql(`create table "place" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "name" text not null, "welsh_name" text null, "kind" text check ("kind" in ('COUNTRY', 'NATION', 'REGION', 'SUB_REGION', 'LOCAL_AUTHORITY', 'AREA')) not null, "nuts_code" varchar(8) null, "parent_id" int null, "path" text not null);`);
    this.addSql(`alter table "place" add constraint "place_key_unique" unique ("key");`);
    this.addSql(`create index "place_parent_id_index" on "place" ("parent_id");`);
    this.addSql(`create index "place_path_index" on "place" ("path" text_pattern_ops);`);

    this.addSql(`create table "source_document" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "file_name" text not null, "title" text not null, "kind" text check ("kind" in ('PROFILE_PAGE', 'PROGRESS_REPORT', 'WEB_PAGE', 'SUMMARY', 'OTHER')) not null, "description" text null, "publisher" text null, "language" varchar(8) not null, "published_on" date null, "period_label" text null, "url" text null, "text" text not null, "sha256" varchar(64) not null);`);
    this.addSql(`alter table "source_document" add constraint "source_document_key_unique" unique ("key");`);

    this.addSql(`create table "source_passage" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "document_id" int not null, "section" text null, "quote" text not null, "fingerprint" varchar(64) not null);`);
    this.addSql(`alter table "source_passage" add constraint "source_passage_document_id_fingerprint_unique" unique ("document_id", "fingerprint");`);

    this.addSql(`create table "partnership" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name" text not null, "acronym" text null, "programme" text check ("programme" in ('EQUAL', 'ESF', 'OTHER')) not null, "round" smallint null, "theme" text null, "status" text check ("status" in ('ACTIVE', 'COMPLETED', 'UNKNOWN')) not null, "development_partnership" text null, "description" text null, "background" text null, "aims" text null, "origins" text null, "intended_impact" text null, "round_one_history" text null, "action2_end_date" date null, "action3_end_date" date null, "source_id" int not null);`);
    this.addSql(`alter table "partnership" add constraint "partnership_slug_unique" unique ("slug");`);

    this.addSql(`create table "project" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "name" text not null, "kind" text check ("kind" in ('SOCIAL_ENTERPRISE', 'PROJECT', 'PROGRAMME', 'SERVICE', 'PILOT', 'FORUM', 'PANEL', 'SECONDMENT', 'NETWORK', 'TOOLKIT', 'OTHER')) not null, "summary" text null, "background" text null, "what_changed" text null, "difference" text null, "established_on" date null);`);
    this.addSql(`alter table "project" add constraint "project_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "partnership_place" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" int not null, "place_id" int not null, "ordinal" int not null);`);
    this.addSql(`create index "partnership_place_place_id_index" on "partnership_place" ("place_id");`);
    this.addSql(`alter table "partnership_place" add constraint "partnership_place_partnership_id_place_id_unique" unique ("partnership_id", "place_id");`);

    this.addSql(`create table "partnership_field_source" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" int not null, "field" text check ("field" in ('NAME', 'DESCRIPTION', 'BACKGROUND', 'AIMS', 'ORIGINS', 'INTENDED_IMPACT', 'ROUND_ONE_HISTORY', 'ROUND', 'THEME', 'PROGRAMME', 'PLACES', 'ACTION_2_END_DATE', 'ACTION_3_END_DATE', 'DEVELOPMENT_PARTNERSHIP', 'STATUS')) not null, "source_id" int not null);`);
    this.addSql(`alter table "partnership_field_source" add constraint "partnership_field_source_partnership_id_field_unique" unique ("partnership_id", "field");`);

    this.addSql(`create table "metric" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "label" text not null, "unit" text check ("unit" in ('COUNT', 'PERCENT', 'MONEY', 'DURATION')) not null, "description" text null, "defined_by_id" int null);`);
    this.addSql(`alter table "metric" add constraint "metric_key_unique" unique ("key");`);

    this.addSql(`create table "organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "name" text not null, "acronym" text null, "sector" text check ("sector" in ('VOLUNTARY', 'STATUTORY', 'PRIVATE', 'PUBLIC_BODY', 'FUNDER', 'OTHER')) null, "description" text null, "place_id" int null);`);
    this.addSql(`alter table "organisation" add constraint "organisation_key_unique" unique ("key");`);

    this.addSql(`create table "report" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "title" text not null, "kind" text check ("kind" in ('PROGRESS_REPORT', 'EVALUATION', 'OTHER')) not null, "document_id" int not null, "period_label" text null, "period_start" date null, "period_end" date null, "recipient_id" int null, "description" text null);`);
    this.addSql(`alter table "report" add constraint "report_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "project_partner" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" int not null, "organisation_id" int not null, "role" text check ("role" in ('LEAD', 'PARTNER', 'FUNDER', 'EMPLOYER', 'REFERRAL_PARTNER', 'EVALUATOR', 'REPORT_RECIPIENT', 'MEMBER', 'CUSTOMER', 'HOST')) not null, "description" text null, "ordinal" int not null, "source_id" int not null);`);
    this.addSql(`create index "project_partner_organisation_id_index" on "project_partner" ("organisation_id");`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_project_id_organisation_id_role_unique" unique ("project_id", "organisation_id", "role");`);

    this.addSql(`create table "objective" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "label" text null, "text" text not null);`);
    this.addSql(`alter table "objective" add constraint "objective_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "progress_note" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "report_id" int not null, "section" text not null, "objective_id" int null, "text" text not null);`);
    this.addSql(`create index "progress_note_report_id_index" on "progress_note" ("report_id");`);
    this.addSql(`create index "progress_note_objective_id_index" on "progress_note" ("objective_id");`);
    this.addSql(`alter table "progress_note" add constraint "progress_note_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "membership" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "organisation_id" int not null, "role" text check ("role" in ('LEAD', 'PARTNER', 'FUNDER', 'EMPLOYER', 'REFERRAL_PARTNER', 'EVALUATOR', 'REPORT_RECIPIENT', 'MEMBER', 'CUSTOMER', 'HOST')) not null, "description" text null);`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`alter table "membership" add constraint "membership_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "innovation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "dimension" text check ("dimension" in ('PROCESS', 'PRACTICE', 'PRODUCT', 'POLICY')) not null, "level" text check ("level" in ('CITY', 'LOCAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN')) not null, "description" text not null, "project_id" int null);`);
    this.addSql(`create index "innovation_dimension_level_index" on "innovation" ("dimension", "level");`);
    this.addSql(`alter table "innovation" add constraint "innovation_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "indicator_observation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "metric_id" int not null, "scope" text check ("scope" in ('PARTNERSHIP', 'PROJECT', 'CONTEXT')) not null, "nature" text check ("nature" in ('REPORTED', 'TARGET', 'FORECAST')) not null, "project_id" int null, "value" double precision not null, "unit" text check ("unit" in ('COUNT', 'PERCENT', 'MONEY', 'DURATION')) not null, "currency" varchar(3) null, "qualifier" text check ("qualifier" in ('EXACT', 'AT_LEAST', 'APPROXIMATELY', 'ALMOST')) not null, "stated_as" text not null, "subject" text null, "period_label" text null, "period_start" date null, "period_end" date null, "as_of" date null, "area_id" int null, "comparator_id" int null, "parent_id" int null, "breakdown_dimension" text null, "breakdown_category" text null);`);
    this.addSql(`create index "indicator_observation_parent_id_index" on "indicator_observation" ("parent_id");`);
    this.addSql(`create index "indicator_observation_metric_id_index" on "indicator_observation" ("metric_id");`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "illustration" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "caption" text not null, "section" text null);`);
    this.addSql(`alter table "illustration" add constraint "illustration_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "contact_person" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "name" text not null, "organisation_id" int null, "job_title" text null, "email" text null, "phone" text null);`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "beneficiary_category" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "label" text not null, "note" text null);`);
    this.addSql(`alter table "beneficiary_category" add constraint "beneficiary_category_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "label" text null, "text" text not null, "project_id" int null);`);
    this.addSql(`alter table "activity" add constraint "activity_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "achievement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "title" text not null, "narrative" text not null, "project_id" int null);`);
    this.addSql(`alter table "achievement" add constraint "achievement_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "target_group" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "label" text not null, "note" text null);`);
    this.addSql(`alter table "target_group" add constraint "target_group_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "testimonial" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "partnership_id" int not null, "ordinal" int not null, "text" text not null, "speaker" text null, "referred_by" text null, "project_id" int null);`);
    this.addSql(`alter table "testimonial" add constraint "testimonial_partnership_id_key_unique" unique ("partnership_id", "key");`);

    this.addSql(`create table "transnational_partnership" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "name" text not null, "description" text null);`);
    this.addSql(`alter table "transnational_partnership" add constraint "transnational_partnership_key_unique" unique ("key");`);

    this.addSql(`create table "transnational_member" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "transnational_partnership_id" int not null, "declared_by_id" int not null, "partnership_id" int null, "organisation_id" int null, "name" text null, "role" text check ("role" in ('LEAD', 'PARTNER', 'FUNDER', 'EMPLOYER', 'REFERRAL_PARTNER', 'EVALUATOR', 'REPORT_RECIPIENT', 'MEMBER', 'CUSTOMER', 'HOST')) not null, "ordinal" int not null);`);
    this.addSql(`create index "transnational_member_declared_by_id_index" on "transnational_member" ("declared_by_id");`);
    this.addSql(`create index "transnational_member_partnership_id_index" on "transnational_member" ("partnership_id");`);
    this.addSql(`alter table "transnational_member" add constraint "transnational_member_transnational_partnership_id_75f73_unique" unique ("transnational_partnership_id", "declared_by_id", "key");`);

    this.addSql(`create table "transnational_event" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(120) not null, "source_id" int not null, "transnational_partnership_id" int not null, "declared_by_id" int not null, "title" text not null, "kind" text check ("kind" in ('TECHNICAL_MEETING', 'SEMINAR', 'VISIT', 'OTHER')) not null, "host_partnership_id" int null, "host_name" text null, "occurred_on" date null, "occurred_by" date null, "description" text null, "ordinal" int not null);`);
    this.addSql(`create index "transnational_event_declared_by_id_index" on "transnational_event" ("declared_by_id");`);
    this.addSql(`alter table "transnational_event" add constraint "transnational_event_transnational_partnership_id__78852_unique" unique ("transnational_partnership_id", "declared_by_id", "key");`);

    this.addSql(`alter table "place" add constraint "place_parent_id_foreign" foreign key ("parent_id") references "place" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "source_passage" add constraint "source_passage_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partnership" add constraint "partnership_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);

    this.addSql(`alter table "project" add constraint "project_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partnership_place" add constraint "partnership_place_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partnership_place" add constraint "partnership_place_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`);

    this.addSql(`alter table "partnership_field_source" add constraint "partnership_field_source_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partnership_field_source" add constraint "partnership_field_source_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);

    this.addSql(`alter table "metric" add constraint "metric_defined_by_id_foreign" foreign key ("defined_by_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add constraint "organisation_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "organisation" add constraint "organisation_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add constraint "report_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report" add constraint "report_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_recipient_id_foreign" foreign key ("recipient_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project_partner" add constraint "project_partner_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);

    this.addSql(`alter table "objective" add constraint "objective_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "objective" add constraint "objective_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "progress_note" add constraint "progress_note_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "progress_note" add constraint "progress_note_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_note" add constraint "progress_note_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_note" add constraint "progress_note_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "innovation" add constraint "innovation_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "innovation" add constraint "innovation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "innovation" add constraint "innovation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_metric_id_foreign" foreign key ("metric_id") references "metric" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_area_id_foreign" foreign key ("area_id") references "place" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_comparator_id_foreign" foreign key ("comparator_id") references "indicator_observation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_parent_id_foreign" foreign key ("parent_id") references "indicator_observation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "illustration" add constraint "illustration_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "illustration" add constraint "illustration_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact_person" add constraint "contact_person_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "beneficiary_category" add constraint "beneficiary_category_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_category" add constraint "beneficiary_category_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "activity" add constraint "activity_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "achievement" add constraint "achievement_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "achievement" add constraint "achievement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "achievement" add constraint "achievement_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "target_group" add constraint "target_group_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "target_group" add constraint "target_group_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "testimonial" add constraint "testimonial_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "testimonial" add constraint "testimonial_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "testimonial" add constraint "testimonial_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "transnational_partnership" add constraint "transnational_partnership_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);

    this.addSql(`alter table "transnational_member" add constraint "transnational_member_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "transnational_member" add constraint "transnational_member_transnational_partnership_id_foreign" foreign key ("transnational_partnership_id") references "transnational_partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transnational_member" add constraint "transnational_member_declared_by_id_foreign" foreign key ("declared_by_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transnational_member" add constraint "transnational_member_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transnational_member" add constraint "transnational_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "transnational_event" add constraint "transnational_event_source_id_foreign" foreign key ("source_id") references "source_passage" ("id") on update cascade;`);
    this.addSql(`alter table "transnational_event" add constraint "transnational_event_transnational_partnership_id_foreign" foreign key ("transnational_partnership_id") references "transnational_partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transnational_event" add constraint "transnational_event_declared_by_id_foreign" foreign key ("declared_by_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transnational_event" add constraint "transnational_event_host_partnership_id_foreign" foreign key ("host_partnership_id") references "partnership" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "place" drop constraint "place_parent_id_foreign";`);

    this.addSql(`alter table "partnership_place" drop constraint "partnership_place_place_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_place_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_area_id_foreign";`);

    this.addSql(`alter table "source_passage" drop constraint "source_passage_document_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_document_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_source_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_source_id_foreign";`);

    this.addSql(`alter table "partnership_field_source" drop constraint "partnership_field_source_source_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_source_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_source_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_source_id_foreign";`);

    this.addSql(`alter table "objective" drop constraint "objective_source_id_foreign";`);

    this.addSql(`alter table "progress_note" drop constraint "progress_note_source_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_source_id_foreign";`);

    this.addSql(`alter table "innovation" drop constraint "innovation_source_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_source_id_foreign";`);

    this.addSql(`alter table "illustration" drop constraint "illustration_source_id_foreign";`);

    this.addSql(`alter table "contact_person" drop constraint "contact_person_source_id_foreign";`);

    this.addSql(`alter table "beneficiary_category" drop constraint "beneficiary_category_source_id_foreign";`);

    this.addSql(`alter table "activity" drop constraint "activity_source_id_foreign";`);

    this.addSql(`alter table "achievement" drop constraint "achievement_source_id_foreign";`);

    this.addSql(`alter table "target_group" drop constraint "target_group_source_id_foreign";`);

    this.addSql(`alter table "testimonial" drop constraint "testimonial_source_id_foreign";`);

    this.addSql(`alter table "transnational_partnership" drop constraint "transnational_partnership_source_id_foreign";`);

    this.addSql(`alter table "transnational_member" drop constraint "transnational_member_source_id_foreign";`);

    this.addSql(`alter table "transnational_event" drop constraint "transnational_event_source_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_partnership_id_foreign";`);

    this.addSql(`alter table "partnership_place" drop constraint "partnership_place_partnership_id_foreign";`);

    this.addSql(`alter table "partnership_field_source" drop constraint "partnership_field_source_partnership_id_foreign";`);

    this.addSql(`alter table "metric" drop constraint "metric_defined_by_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_partnership_id_foreign";`);

    this.addSql(`alter table "objective" drop constraint "objective_partnership_id_foreign";`);

    this.addSql(`alter table "progress_note" drop constraint "progress_note_partnership_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_partnership_id_foreign";`);

    this.addSql(`alter table "innovation" drop constraint "innovation_partnership_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_partnership_id_foreign";`);

    this.addSql(`alter table "illustration" drop constraint "illustration_partnership_id_foreign";`);

    this.addSql(`alter table "contact_person" drop constraint "contact_person_partnership_id_foreign";`);

    this.addSql(`alter table "beneficiary_category" drop constraint "beneficiary_category_partnership_id_foreign";`);

    this.addSql(`alter table "activity" drop constraint "activity_partnership_id_foreign";`);

    this.addSql(`alter table "achievement" drop constraint "achievement_partnership_id_foreign";`);

    this.addSql(`alter table "target_group" drop constraint "target_group_partnership_id_foreign";`);

    this.addSql(`alter table "testimonial" drop constraint "testimonial_partnership_id_foreign";`);

    this.addSql(`alter table "transnational_member" drop constraint "transnational_member_declared_by_id_foreign";`);

    this.addSql(`alter table "transnational_member" drop constraint "transnational_member_partnership_id_foreign";`);

    this.addSql(`alter table "transnational_event" drop constraint "transnational_event_declared_by_id_foreign";`);

    this.addSql(`alter table "transnational_event" drop constraint "transnational_event_host_partnership_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_project_id_foreign";`);

    this.addSql(`alter table "innovation" drop constraint "innovation_project_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_project_id_foreign";`);

    this.addSql(`alter table "activity" drop constraint "activity_project_id_foreign";`);

    this.addSql(`alter table "achievement" drop constraint "achievement_project_id_foreign";`);

    this.addSql(`alter table "testimonial" drop constraint "testimonial_project_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_metric_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_recipient_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_organisation_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);

    this.addSql(`alter table "contact_person" drop constraint "contact_person_organisation_id_foreign";`);

    this.addSql(`alter table "transnational_member" drop constraint "transnational_member_organisation_id_foreign";`);

    this.addSql(`alter table "progress_note" drop constraint "progress_note_report_id_foreign";`);

    this.addSql(`alter table "progress_note" drop constraint "progress_note_objective_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_comparator_id_foreign";`);

    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_parent_id_foreign";`);

    this.addSql(`alter table "transnational_member" drop constraint "transnational_member_transnational_partnership_id_foreign";`);

    this.addSql(`alter table "transnational_event" drop constraint "transnational_event_transnational_partnership_id_foreign";`);

    this.addSql(`drop table if exists "dataset_import" cascade;`);

    this.addSql(`drop table if exists "place" cascade;`);

    this.addSql(`drop table if exists "source_document" cascade;`);

    this.addSql(`drop table if exists "source_passage" cascade;`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "partnership_place" cascade;`);

    this.addSql(`drop table if exists "partnership_field_source" cascade;`);

    this.addSql(`drop table if exists "metric" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "project_partner" cascade;`);

    this.addSql(`drop table if exists "objective" cascade;`);

    this.addSql(`drop table if exists "progress_note" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "innovation" cascade;`);

    this.addSql(`drop table if exists "indicator_observation" cascade;`);

    this.addSql(`drop table if exists "illustration" cascade;`);

    this.addSql(`drop table if exists "contact_person" cascade;`);

    this.addSql(`drop table if exists "beneficiary_category" cascade;`);

    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "achievement" cascade;`);

    this.addSql(`drop table if exists "target_group" cascade;`);

    this.addSql(`drop table if exists "testimonial" cascade;`);

    this.addSql(`drop table if exists "transnational_partnership" cascade;`);

    this.addSql(`drop table if exists "transnational_member" cascade;`);

    this.addSql(`drop table if exists "transnational_event" cascade;`);
  }

}
