import { Migration } from '@mikro-orm/migrations';

export class Migration20261204062829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "indicator_observation" add column "global_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_observation" drop column "global_id";`);
  }

}
