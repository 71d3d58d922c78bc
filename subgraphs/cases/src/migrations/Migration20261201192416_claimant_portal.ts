import { Migration } from '@mikro-orm/migrations';

export class Migration20261201192416_claimant_portal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."claimant_request" ("id" uuid not null, "case_id" uuid not null, "party" text check ("party" in ('CLAIMANT', 'REPRESENTATIVE')) not null, "kind" text check ("kind" in ('INTERPRETER', 'ACCOMMODATION', 'OBSERVER', 'RECORDING', 'RESCHEDULE', 'COMPLAINT')) not null, "details" text not null, "language" varchar(2) null, "status" text check ("status" in ('OPEN', 'GRANTED', 'DECLINED')) not null default 'OPEN', "answer" text null, "answered_at" timestamptz null, "answered_by" varchar(200) null, "created_at" timestamptz not null, constraint "claimant_request_pkey" primary key ("id"));`);
    this.addSql(`create index "claimant_request_case_id_created_at_index" on "cases"."claimant_request" ("case_id", "created_at");`);

    this.addSql(`create table "cases"."claimant_access" ("id" uuid not null, "case_id" uuid not null, "party" text check ("party" in ('CLAIMANT', 'REPRESENTATIVE')) not null, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, "issued_by" varchar(200) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by" varchar(200) null, "failed_attempts" smallint not null default 0, "locked_at" timestamptz null, "code_hash" varchar(64) null, "code_expires_at" timestamptz null, "code_sent_at" timestamptz null, "last_verified_at" timestamptz null, constraint "claimant_access_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."claimant_access" add constraint "claimant_access_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "claimant_access_case_id_party_index" on "cases"."claimant_access" ("case_id", "party");`);

    this.addSql(`alter table "cases"."claimant_request" add constraint "claimant_request_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."claimant_access" add constraint "claimant_access_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."case_event" drop constraint if exists "case_event_type_check";`);

    this.addSql(`alter table "cases"."case_event" add constraint "case_event_type_check" check("type" in ('CREATED', 'UPDATED', 'PANEL_PROPOSED', 'PANEL_MEMBER_STRUCK', 'ASSIGNED', 'SCHEDULED', 'NOTICE_SERVED', 'EXAMINED', 'NO_SHOW', 'REPORTED', 'CLOSED', 'CANCELLED', 'CLAIMANT_ACCESS_ISSUED', 'CLAIMANT_ACCESS_REVOKED', 'NOTICE_ACKNOWLEDGED', 'CLAIMANT_REQUEST_MADE', 'CLAIMANT_REQUEST_ANSWERED', 'CLAIMANT_FEEDBACK_GIVEN', 'CLAIMANT_COMPLAINT_FILED'));`);

    this.addSql(`alter table "cases"."notice" add column "acknowledged_at" timestamptz null, add column "acknowledged_by" text check ("acknowledged_by" in ('CLAIMANT', 'REPRESENTATIVE')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."claimant_request" cascade;`);

    this.addSql(`drop table if exists "cases"."claimant_access" cascade;`);

    this.addSql(`alter table "cases"."case_event" drop constraint if exists "case_event_type_check";`);

    this.addSql(`alter table "cases"."case_event" add constraint "case_event_type_check" check("type" in ('CREATED', 'UPDATED', 'PANEL_PROPOSED', 'PANEL_MEMBER_STRUCK', 'ASSIGNED', 'SCHEDULED', 'NOTICE_SERVED', 'EXAMINED', 'NO_SHOW', 'REPORTED', 'CLOSED', 'CANCELLED'));`);

    this.addSql(`alter table "cases"."notice" drop column "acknowledged_at", drop column "acknowledged_by";`);
  }

}
