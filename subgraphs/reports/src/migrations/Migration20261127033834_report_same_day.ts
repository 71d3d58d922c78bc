import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033834_report_same_day extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "reports"."report" add column "report_same_day" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reports"."report" drop column "report_same_day";`);
  }

}
