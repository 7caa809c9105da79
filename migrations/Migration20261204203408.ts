import { Migration } from '@mikro-orm/migrations';

/** An index entry written without a sharing level is hidden (OWNER), not public. */
export class Migration20261204203408 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "search_entry" alter column "sharing" set default 'OWNER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "search_entry" alter column "sharing" set default 'PUBLIC';`);
  }

}
