import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "indicator" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(120) not null, "kind" text check ("kind" in ('OUTPUT', 'RESULT', 'OUTCOME', 'DERIVED')) not null, "framework" text check ("framework" in ('ESF', 'HUB')) not null, "unit" text check ("unit" in ('COUNT', 'PERCENT', 'MONEY', 'DURATION')) not null, "label" jsonb not null, "description" jsonb not null, "numerator_code" text null, "denominator_code" text null, "ordinal" int not null);`);
    this.addSql(`alter table "indicator" add constraint "indicator_code_unique" unique ("code");`);

    this.addSql(`create table "indicator_mapping" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "metric_key" varchar(120) not null, "indicator_id" int not null, "strength" text check ("strength" in ('EXACT', 'CLOSE', 'PARTIAL')) not null, "note" text null);`);
    this.addSql(`create index "indicator_mapping_indicator_id_index" on "indicator_mapping" ("indicator_id");`);
    this.addSql(`alter table "indicator_mapping" add constraint "indicator_mapping_metric_key_indicator_id_unique" unique ("metric_key", "indicator_id");`);

    this.addSql(`alter table "indicator_mapping" add constraint "indicator_mapping_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_mapping" drop constraint "indicator_mapping_indicator_id_foreign";`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "indicator_mapping" cascade;`);
  }

}
