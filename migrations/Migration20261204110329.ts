import { Migration } from '@mikro-orm/migrations';

export class Migration20261204110329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "indicator_observation" add column "status" text check ("status" in ('NORMAL', 'ESTIMATED', 'PROVISIONAL', 'FORECAST', 'REVISED')) not null default 'NORMAL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_observation" drop column "status";`);
  }

}
