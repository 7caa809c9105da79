import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "metric" add column "count_of" text check ("count_of" in ('PEOPLE', 'ORGANISATIONS', 'OTHER')) null;`);
    // Hand-added: counts stored before this column are taken to count people (the protective default).
    this.addSql(`update "metric" set "count_of" = 'PEOPLE' where "unit" = 'COUNT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metric" drop column "count_of";`);
  }

}
