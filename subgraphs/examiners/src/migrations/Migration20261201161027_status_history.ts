import { Migration } from '@mikro-orm/migrations';

export class Migration20261201161027_status_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "examiners"."examiner_status_change" ("id" uuid not null, "examiner_id" uuid not null, "from_status" text check ("from_status" in ('PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED')) not null, "to_status" text check ("to_status" in ('PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED')) not null, "reason" text null, "changed_by" varchar(200) not null, "changed_at" timestamptz not null, constraint "examiner_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "examiner_status_change_examiner_id_changed_at_index" on "examiners"."examiner_status_change" ("examiner_id", "changed_at");`);

    this.addSql(`alter table "examiners"."examiner_status_change" add constraint "examiner_status_change_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "examiners"."examiner_status_change" cascade;`);
  }

}
