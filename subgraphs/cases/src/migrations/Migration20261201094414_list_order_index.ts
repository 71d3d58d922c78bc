import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094414_list_order_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "cases"."ime_case_client_id_created_at_index";`);

    this.addSql(`create index "ime_case_client_id_created_at_id_index" on "cases"."ime_case" ("client_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cases"."ime_case_client_id_created_at_id_index";`);

    this.addSql(`create index "ime_case_client_id_created_at_index" on "cases"."ime_case" ("client_id", "created_at");`);
  }

}
