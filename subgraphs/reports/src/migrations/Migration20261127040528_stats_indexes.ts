import { Migration } from '@mikro-orm/migrations';

export class Migration20261127040528_stats_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "report_addendum_parent_index" on "reports"."report" ("parent_id") include ("addendum_reason") where "kind" = 'ADDENDUM';`);
    this.addSql(`create index "report_stats_index" on "reports"."report" ("exam_date") include ("status", "jurisdiction", "line_of_business", "specialty_code", "client_id", "examiner_id", "finalised_at", "due_date", "claimant_copy_due_at", "id") where "kind" = 'IME';`);

    this.addSql(`create index "report_delivery_claimant_copy_index" on "reports"."report_delivery" ("report_id") include ("delivered_at") where "recipient" = 'CLAIMANT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "reports"."report_addendum_parent_index";`);
    this.addSql(`drop index "reports"."report_stats_index";`);

    this.addSql(`drop index "reports"."report_delivery_claimant_copy_index";`);
  }

}
