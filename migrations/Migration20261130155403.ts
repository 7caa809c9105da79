import { Migration } from '@mikro-orm/migrations';

export class Migration20261130155403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "report_sharing_recipient_id_index" on "report" ("sharing", "recipient_id");`);

    this.addSql(`create index "project_partner_sharing_organisation_id_index" on "project_partner" ("sharing", "organisation_id");`);

    this.addSql(`create index "membership_sharing_organisation_id_index" on "membership" ("sharing", "organisation_id");`);

    this.addSql(`create index "contact_person_sharing_organisation_id_index" on "contact_person" ("sharing", "organisation_id");`);

    this.addSql(`create index "transnational_member_sharing_organisation_id_index" on "transnational_member" ("sharing", "organisation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "contact_person_sharing_organisation_id_index";`);

    this.addSql(`drop index "membership_sharing_organisation_id_index";`);

    this.addSql(`drop index "project_partner_sharing_organisation_id_index";`);

    this.addSql(`drop index "report_sharing_recipient_id_index";`);

    this.addSql(`drop index "transnational_member_sharing_organisation_id_index";`);
  }

}
