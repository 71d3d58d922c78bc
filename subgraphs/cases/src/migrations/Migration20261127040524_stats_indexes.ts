import { Migration } from '@mikro-orm/migrations';

export class Migration20261127040524_stats_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ime_case_stats_index" on "cases"."ime_case" ("created_at") include ("jurisdiction", "required_specialty_code", "line_of_business", "client_id", "examiner_id", "status", "assigned_at", "examined_at", "cancelled_at", "cancellation_chargeable", "id");`);

    this.addSql(`create index "appointment_no_show_case_id_index" on "cases"."appointment" ("case_id") where "status" = 'NO_SHOW';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cases"."appointment_no_show_case_id_index";`);

    this.addSql(`drop index "cases"."ime_case_stats_index";`);
  }

}
