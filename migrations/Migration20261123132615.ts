import { Migration } from '@mikro-orm/migrations';

export class Migration20261123132615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "concept" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(120) not null, "scheme" text check ("scheme" in ('POPULATION', 'THEME', 'PROGRAMME')) not null, "broader_id" int null, "path" text not null, "ordinal" int not null);`);
    this.addSql(`alter table "concept" add constraint "concept_code_unique" unique ("code");`);
    this.addSql(`create index "concept_broader_id_index" on "concept" ("broader_id");`);
    this.addSql(`create index "concept_path_index" on "concept" ("path" text_pattern_ops);`);

    this.addSql(`create table "concept_label" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "concept_id" int not null, "lang" varchar(8) not null, "kind" text check ("kind" in ('PREFERRED', 'ALTERNATIVE', 'DEFINITION')) not null, "value" text not null, "ordinal" int not null);`);
    this.addSql(`alter table "concept_label" add constraint "concept_label_concept_id_lang_kind_ordinal_unique" unique ("concept_id", "lang", "kind", "ordinal");`);

    this.addSql(`create table "search_index_state" ("partnership_id" int not null, "version" int not null, "digest" varchar(32) not null, "indexed_at" timestamptz not null, constraint "search_index_state_pkey" primary key ("partnership_id"));`);

    this.addSql(`create table "search_entry" ("id" serial primary key, "partnership_id" int not null, "record_type" varchar(40) not null, "record_id" int not null, "field" varchar(40) not null, "passage_id" int null, "text" text not null, "document" tsvector generated always as (to_tsvector('english'::regconfig, text)) stored not null);`);
    this.addSql(`create index "search_entry_document_index" on "search_entry" using gin ("document");`);
    this.addSql(`create index "search_entry_partnership_id_index" on "search_entry" ("partnership_id");`);
    this.addSql(`alter table "search_entry" add constraint "search_entry_record_type_record_id_field_unique" unique ("record_type", "record_id", "field");`);

    this.addSql(`create table "beneficiary_category_concept" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "concept_id" int not null, "partnership_id" int not null, "ordinal" int not null, "beneficiary_category_id" int not null);`);
    this.addSql(`create index "beneficiary_category_concept_concept_id_partnership_id_index" on "beneficiary_category_concept" ("concept_id", "partnership_id");`);
    this.addSql(`alter table "beneficiary_category_concept" add constraint "beneficiary_category_concept_beneficiary_category_445f7_unique" unique ("beneficiary_category_id", "concept_id");`);

    this.addSql(`create table "target_group_concept" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "concept_id" int not null, "partnership_id" int not null, "ordinal" int not null, "target_group_id" int not null);`);
    this.addSql(`create index "target_group_concept_concept_id_partnership_id_index" on "target_group_concept" ("concept_id", "partnership_id");`);
    this.addSql(`alter table "target_group_concept" add constraint "target_group_concept_target_group_id_concept_id_unique" unique ("target_group_id", "concept_id");`);

    this.addSql(`alter table "concept" add constraint "concept_broader_id_foreign" foreign key ("broader_id") references "concept" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "concept_label" add constraint "concept_label_concept_id_foreign" foreign key ("concept_id") references "concept" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "search_index_state" add constraint "search_index_state_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "search_entry" add constraint "search_entry_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "search_entry" add constraint "search_entry_passage_id_foreign" foreign key ("passage_id") references "source_passage" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "beneficiary_category_concept" add constraint "beneficiary_category_concept_concept_id_foreign" foreign key ("concept_id") references "concept" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_category_concept" add constraint "beneficiary_category_concept_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "beneficiary_category_concept" add constraint "beneficiary_category_concept_beneficiary_category_id_foreign" foreign key ("beneficiary_category_id") references "beneficiary_category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "target_group_concept" add constraint "target_group_concept_concept_id_foreign" foreign key ("concept_id") references "concept" ("id") on update cascade;`);
    this.addSql(`alter table "target_group_concept" add constraint "target_group_concept_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "target_group_concept" add constraint "target_group_concept_target_group_id_foreign" foreign key ("target_group_id") references "target_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partnership" add column "theme_concept_id" int null;`);
    this.addSql(`alter table "partnership" add constraint "partnership_theme_concept_id_foreign" foreign key ("theme_concept_id") references "concept" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "partnership_theme_concept_id_index" on "partnership" ("theme_concept_id");`);
    this.addSql(`create index "partnership_end_date_index" on "partnership" ((coalesce("action3_end_date", "action2_end_date")));`);
    this.addSql(`create index "partnership_action3_end_date_index" on "partnership" ("action3_end_date");`);
    this.addSql(`create index "partnership_round_index" on "partnership" ("round");`);
    this.addSql(`create index "partnership_programme_index" on "partnership" ("programme");`);
    this.addSql(`create index "partnership_name_index" on "partnership" ("name");`);

    this.addSql(`create index "metric_defined_by_id_index" on "metric" ("defined_by_id");`);

    this.addSql(`create index "organisation_place_id_index" on "organisation" ("place_id");`);
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "concept" drop constraint "concept_broader_id_foreign";`);

    this.addSql(`alter table "concept_label" drop constraint "concept_label_concept_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_theme_concept_id_foreign";`);

    this.addSql(`alter table "beneficiary_category_concept" drop constraint "beneficiary_category_concept_concept_id_foreign";`);

    this.addSql(`alter table "target_group_concept" drop constraint "target_group_concept_concept_id_foreign";`);

    this.addSql(`drop table if exists "concept" cascade;`);

    this.addSql(`drop table if exists "concept_label" cascade;`);

    this.addSql(`drop table if exists "search_index_state" cascade;`);

    this.addSql(`drop table if exists "search_entry" cascade;`);

    this.addSql(`drop table if exists "beneficiary_category_concept" cascade;`);

    this.addSql(`drop table if exists "target_group_concept" cascade;`);

    this.addSql(`drop index "metric_defined_by_id_index";`);

    this.addSql(`drop index "organisation_place_id_index";`);
    this.addSql(`drop index "organisation_name_index";`);

    this.addSql(`drop index "partnership_theme_concept_id_index";`);
    this.addSql(`drop index "partnership_end_date_index";`);
    this.addSql(`drop index "partnership_action3_end_date_index";`);
    this.addSql(`drop index "partnership_round_index";`);
    this.addSql(`drop index "partnership_programme_index";`);
    this.addSql(`drop index "partnership_name_index";`);
    this.addSql(`alter table "partnership" drop column "theme_concept_id";`);
  }

}
