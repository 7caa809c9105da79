import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083137 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub_setting" ("name" varchar(60) not null, "value" text not null, constraint "hub_setting_pkey" primary key ("name"));`);

    this.addSql(`create table "access_state" ("partnership_id" int not null, "version" int not null, "threshold" int not null, "derived_at" timestamptz not null, constraint "access_state_pkey" primary key ("partnership_id"));`);

    this.addSql(`alter table "access_state" add constraint "access_state_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "source_passage" add column "masks" jsonb null;`);

    this.addSql(`alter table "partnership" add column "masks" jsonb null;`);

    this.addSql(`alter table "source_document" add column "masks" jsonb null;`);

    this.addSql(`alter table "search_entry" add column "public_text" text null, add column "public_document" tsvector generated always as (to_tsvector('english'::regconfig, public_text)) stored null, add column "partners_text" text null, add column "partners_document" tsvector generated always as (to_tsvector('english'::regconfig, partners_text)) stored null;`);
    this.addSql(`create index "search_entry_partners_document_index" on "search_entry" using gin ("partners_document") where "partners_document" is not null;`);
    this.addSql(`create index "search_entry_public_document_index" on "search_entry" using gin ("public_document") where "public_document" is not null;`);

    this.addSql(`alter table "project" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "organisation" add column "masks" jsonb null;`);

    this.addSql(`alter table "report" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "project_partner" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "objective" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "progress_note" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "membership" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "innovation" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "indicator_observation" add column "masks" jsonb null, add column "positions" jsonb null, add column "withheld_public" text check ("withheld_public" in ('PRIMARY', 'SECONDARY')) null, add column "withheld_partners" text check ("withheld_partners" in ('PRIMARY', 'SECONDARY')) null;`);

    this.addSql(`alter table "illustration" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "contact_person" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "beneficiary_category" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "activity" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "achievement" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "target_group" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "testimonial" add column "masks" jsonb null, add column "positions" jsonb null;`);

    this.addSql(`alter table "transnational_partnership" add column "masks" jsonb null;`);

    this.addSql(`alter table "transnational_member" add column "positions" jsonb null;`);

    this.addSql(`alter table "transnational_event" add column "positions" jsonb null, add column "masks" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub_setting" cascade;`);

    this.addSql(`drop table if exists "access_state" cascade;`);

    this.addSql(`alter table "achievement" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "activity" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "beneficiary_category" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "contact_person" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "illustration" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "indicator_observation" drop column "masks", drop column "positions", drop column "withheld_public", drop column "withheld_partners";`);

    this.addSql(`alter table "innovation" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "membership" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "objective" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "organisation" drop column "masks";`);

    this.addSql(`alter table "partnership" drop column "masks";`);

    this.addSql(`alter table "progress_note" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "project" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "project_partner" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "report" drop column "masks", drop column "positions";`);

    this.addSql(`drop index "search_entry_partners_document_index";`);
    this.addSql(`drop index "search_entry_public_document_index";`);
    this.addSql(`alter table "search_entry" drop column "public_text", drop column "public_document", drop column "partners_text", drop column "partners_document";`);

    this.addSql(`alter table "source_document" drop column "masks";`);

    this.addSql(`alter table "source_passage" drop column "masks";`);

    this.addSql(`alter table "target_group" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "testimonial" drop column "masks", drop column "positions";`);

    this.addSql(`alter table "transnational_event" drop column "positions", drop column "masks";`);

    this.addSql(`alter table "transnational_member" drop column "positions";`);

    this.addSql(`alter table "transnational_partnership" drop column "masks";`);
  }

}
