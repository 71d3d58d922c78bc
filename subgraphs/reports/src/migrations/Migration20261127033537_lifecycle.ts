import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033537_lifecycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "reports"."report" add column "required_recipients" text[] not null default '{}', add column "same_day_delivery" boolean not null default false, add column "first_submitted_at" timestamptz null, add column "claimant_copy_due_at" timestamptz null;`);
    // Existing reports get an empty list; the default exists only to add the column to a filled table.
    this.addSql(`alter table "reports"."report" alter column "required_recipients" drop default;`);
    this.addSql(`create index "report_claimant_copy_due_at_index" on "reports"."report" ("claimant_copy_due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "reports"."report_claimant_copy_due_at_index";`);
    this.addSql(`alter table "reports"."report" drop column "required_recipients", drop column "same_day_delivery", drop column "first_submitted_at", drop column "claimant_copy_due_at";`);
  }

}
