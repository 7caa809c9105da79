import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123440 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "role" text check ("role" in ('PUBLIC', 'ANALYST', 'TRANSNATIONAL_PARTNER', 'PARTNERSHIP_EDITOR', 'ADMIN')) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "created_by" text not null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "audit_entry" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "action" text check ("action" in ('API_KEY_CREATED', 'API_KEY_REVOKED', 'SHARING_CHANGED', 'DATASET_IMPORTED')) not null, "actor_role" text check ("actor_role" in ('PUBLIC', 'ANALYST', 'TRANSNATIONAL_PARTNER', 'PARTNERSHIP_EDITOR', 'ADMIN')) not null, "actor_key_id" varchar(255) null, "actor_name" text not null, "target_type" text not null, "target_id" text not null, "changes" jsonb not null, "request_id" text null);`);
    this.addSql(`create index "audit_entry_created_at_index" on "audit_entry" ("created_at");`);

    this.addSql(`create table "api_key_partnership" ("api_key_id" int not null, "partnership_id" int not null, constraint "api_key_partnership_pkey" primary key ("api_key_id", "partnership_id"));`);

    this.addSql(`alter table "api_key_partnership" add constraint "api_key_partnership_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_partnership" add constraint "api_key_partnership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partnership" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "source_document" add column "text_sharing" text check ("text_sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC', add column "owner_id" int null;`);
    this.addSql(`alter table "source_document" add constraint "source_document_owner_id_foreign" foreign key ("owner_id") references "partnership" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "report" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    // Hand-added to the generated step: existing rows get their project's partnership before NOT NULL.
    this.addSql(`alter table "project_partner" add column "partnership_id" int null, add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);
    this.addSql(`update "project_partner" pp set "partnership_id" = p."partnership_id" from "project" p where p."id" = pp."project_id";`);
    this.addSql(`alter table "project_partner" alter column "partnership_id" set not null;`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "project_partner_partnership_id_index" on "project_partner" ("partnership_id");`);

    this.addSql(`alter table "objective" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "progress_note" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "membership" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "innovation" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "indicator_observation" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "illustration" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "contact_person" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "beneficiary_category" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "activity" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "achievement" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "target_group" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "testimonial" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "transnational_member" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);

    this.addSql(`alter table "transnational_event" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key_partnership" drop constraint "api_key_partnership_api_key_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "api_key_partnership" cascade;`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_partnership_id_foreign";`);

    this.addSql(`alter table "source_document" drop constraint "source_document_owner_id_foreign";`);

    this.addSql(`alter table "achievement" drop column "sharing";`);

    this.addSql(`alter table "activity" drop column "sharing";`);

    this.addSql(`alter table "beneficiary_category" drop column "sharing";`);

    this.addSql(`alter table "contact_person" drop column "sharing";`);

    this.addSql(`alter table "illustration" drop column "sharing";`);

    this.addSql(`alter table "indicator_observation" drop column "sharing";`);

    this.addSql(`alter table "innovation" drop column "sharing";`);

    this.addSql(`alter table "membership" drop column "sharing";`);

    this.addSql(`alter table "objective" drop column "sharing";`);

    this.addSql(`alter table "partnership" drop column "sharing";`);

    this.addSql(`alter table "progress_note" drop column "sharing";`);

    this.addSql(`alter table "project" drop column "sharing";`);

    this.addSql(`drop index "project_partner_partnership_id_index";`);
    this.addSql(`alter table "project_partner" drop column "partnership_id", drop column "sharing";`);

    this.addSql(`alter table "report" drop column "sharing";`);

    this.addSql(`alter table "source_document" drop column "text_sharing", drop column "owner_id";`);

    this.addSql(`alter table "target_group" drop column "sharing";`);

    this.addSql(`alter table "testimonial" drop column "sharing";`);

    this.addSql(`alter table "transnational_event" drop column "sharing";`);

    this.addSql(`alter table "transnational_member" drop column "sharing";`);
  }

}
