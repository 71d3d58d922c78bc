import { Migration } from '@mikro-orm/migrations';

/** The append-only audit log of docs/security.md: every mutation and every read of claimant data. */
export class Migration20261127033809_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "examiners"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" varchar(200) not null, "actor_name" varchar(200) not null, "actor_role" varchar(20) not null, "client_id" uuid null, "examiner_id" uuid null, "action" varchar(20) not null, "operation" varchar(100) not null, "operation_name" varchar(200) null, "record_type" varchar(100) null, "record_ids" text[] not null, "request_id" varchar(100) not null, "details" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "examiners"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_at_index" on "examiners"."audit_entry" ("actor_id", "at");`);
    this.addSql(`create index "audit_entry_request_id_index" on "examiners"."audit_entry" ("request_id");`);
    this.addSql(`create index "audit_entry_record_ids_index" on "examiners"."audit_entry" using gin ("record_ids");`);
    // Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE of the audit table.
    this.addSql(`create or replace function "examiners"."audit_entry_is_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op; end $$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "examiners"."audit_entry" for each row execute function "examiners"."audit_entry_is_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "examiners"."audit_entry" for each statement execute function "examiners"."audit_entry_is_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "examiners"."audit_entry_is_append_only"() cascade;`);
    this.addSql(`drop table if exists "examiners"."audit_entry" cascade;`);
  }

}
