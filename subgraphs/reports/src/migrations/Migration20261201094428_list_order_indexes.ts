import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094428_list_order_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "reports"."report_client_id_index";`);
    this.addSql(`drop index "reports"."report_examiner_id_created_at_index";`);

    this.addSql(`create index "report_examiner_id_created_at_id_index" on "reports"."report" ("examiner_id", "created_at", "id");`);
    this.addSql(`create index "report_client_id_created_at_id_index" on "reports"."report" ("client_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "reports"."report_examiner_id_created_at_id_index";`);
    this.addSql(`drop index "reports"."report_client_id_created_at_id_index";`);

    this.addSql(`create index "report_client_id_index" on "reports"."report" ("client_id");`);
    this.addSql(`create index "report_examiner_id_created_at_index" on "reports"."report" ("examiner_id", "created_at");`);
  }

}
