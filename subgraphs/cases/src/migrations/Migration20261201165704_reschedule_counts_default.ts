import { Migration } from '@mikro-orm/migrations';

export class Migration20261201165704_reschedule_counts_default extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."ime_case" alter column "reschedule_counts" type jsonb using ("reschedule_counts"::jsonb);`);
    this.addSql(`alter table "cases"."ime_case" alter column "reschedule_counts" set default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."ime_case" alter column "reschedule_counts" drop default;`);
    this.addSql(`alter table "cases"."ime_case" alter column "reschedule_counts" type jsonb using ("reschedule_counts"::jsonb);`);
  }

}
