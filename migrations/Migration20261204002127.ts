import { Migration } from '@mikro-orm/migrations';

export class Migration20261204002127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "search_entry" add column "sharing" text check ("sharing" in ('PUBLIC', 'PARTNERS', 'OWNER')) not null default 'PUBLIC';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "search_entry" drop column "sharing";`);
  }

}
