import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "indicator_observation_concept" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "concept_id" int not null, "partnership_id" int not null, "ordinal" int not null, "observation_id" int not null);`);
    this.addSql(`create index "indicator_observation_concept_concept_id_partnership_id_index" on "indicator_observation_concept" ("concept_id", "partnership_id");`);
    this.addSql(`alter table "indicator_observation_concept" add constraint "indicator_observation_concept_observation_id_concept_id_unique" unique ("observation_id", "concept_id");`);

    this.addSql(`alter table "indicator_observation_concept" add constraint "indicator_observation_concept_concept_id_foreign" foreign key ("concept_id") references "concept" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_observation_concept" add constraint "indicator_observation_concept_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_observation_concept" add constraint "indicator_observation_concept_observation_id_foreign" foreign key ("observation_id") references "indicator_observation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_observation_concept" cascade;`);
  }

}
