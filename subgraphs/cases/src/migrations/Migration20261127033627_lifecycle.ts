import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033627_lifecycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."appointment" add column "cancelled_at" timestamptz null, add column "cancelled_by" text check ("cancelled_by" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) null;`);

    this.addSql(`alter table "cases"."notice" add column "appointment_id" uuid not null;`);
    this.addSql(`alter table "cases"."notice" add constraint "notice_appointment_id_foreign" foreign key ("appointment_id") references "cases"."appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "notice_appointment_id_index" on "cases"."notice" ("appointment_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."notice" drop constraint "notice_appointment_id_foreign";`);

    this.addSql(`alter table "cases"."appointment" drop column "cancelled_at", drop column "cancelled_by";`);

    this.addSql(`drop index "cases"."notice_appointment_id_index";`);
    this.addSql(`alter table "cases"."notice" drop column "appointment_id";`);
  }

}
