import { Migration } from '@mikro-orm/migrations';

export class Migration20261130150727 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "indicator_observation" add column "sums_to_id" int null;`);
    this.addSql(`alter table "indicator_observation" add constraint "indicator_observation_sums_to_id_foreign" foreign key ("sums_to_id") references "indicator_observation" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "indicator_observation_sums_to_id_index" on "indicator_observation" ("sums_to_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_observation" drop constraint "indicator_observation_sums_to_id_foreign";`);

    this.addSql(`drop index "indicator_observation_sums_to_id_index";`);
    this.addSql(`alter table "indicator_observation" drop column "sums_to_id";`);
  }

}
