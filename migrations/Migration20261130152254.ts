import { Migration } from '@mikro-orm/migrations';

export class Migration20261130152254 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "indicator_observation_totals_by_partnership_index" on "indicator_observation" ("partnership_id", "id") where "parent_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "indicator_observation_totals_by_partnership_index";`);
  }

}
