import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160146_panel_availability extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."panel" add column "require_availability" boolean not null default false, add column "excluded_from_pool" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."panel" drop column "require_availability", drop column "excluded_from_pool";`);
  }

}
