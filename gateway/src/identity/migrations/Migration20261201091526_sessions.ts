import { Migration } from '@mikro-orm/migrations';

/**
 * Refresh sessions and their rotated tokens, the user's "tokens not before" time, and the identity schema's
 * append-only audit table (docs/security.md, "Sessions and tokens").
 */
export class Migration20261201091526_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" varchar(200) not null, "actor_name" varchar(200) not null, "actor_role" varchar(20) not null, "client_id" uuid null, "examiner_id" uuid null, "action" varchar(20) not null, "operation" varchar(100) not null, "operation_name" varchar(200) null, "record_type" varchar(100) null, "record_ids" text[] not null, "request_id" varchar(100) not null, "details" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "identity"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_at_index" on "identity"."audit_entry" ("actor_id", "at");`);
    this.addSql(`create index "audit_entry_request_id_index" on "identity"."audit_entry" ("request_id");`);
    this.addSql(`create index "audit_entry_record_ids_index" on "identity"."audit_entry" using gin ("record_ids");`);
    // Append-only, as in every subgraph: a trigger refuses UPDATE, DELETE and TRUNCATE of the audit table.
    this.addSql(`create or replace function "identity"."audit_entry_is_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op; end $$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "identity"."audit_entry" for each row execute function "identity"."audit_entry_is_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "identity"."audit_entry" for each statement execute function "identity"."audit_entry_is_append_only"();`);

    this.addSql(`create table "identity"."session" ("id" uuid not null, "user_id" uuid not null, "transport" text check ("transport" in ('COOKIE', 'BODY')) not null, "created_at" timestamptz not null, "last_refreshed_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text check ("end_reason" in ('SIGNED_OUT', 'ENDED_BY_ADMIN', 'ACCOUNT_DISABLED', 'ACCOUNT_CHANGED', 'REFRESH_TOKEN_REUSED')) null, "user_agent" varchar(300) null, "address" varchar(100) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_user_id_ended_at_index" on "identity"."session" ("user_id", "ended_at");`);

    this.addSql(`create table "identity"."refresh_token" ("hash" varchar(64) not null, "session_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "refresh_token_pkey" primary key ("hash"));`);
    this.addSql(`create index "refresh_token_session_id_index" on "identity"."refresh_token" ("session_id");`);

    this.addSql(`alter table "identity"."session" add constraint "session_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "identity"."session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."user_account" add column "tokens_not_before" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."refresh_token" drop constraint "refresh_token_session_id_foreign";`);

    this.addSql(`drop function if exists "identity"."audit_entry_is_append_only"() cascade;`);
    this.addSql(`drop table if exists "identity"."audit_entry" cascade;`);

    this.addSql(`drop table if exists "identity"."session" cascade;`);

    this.addSql(`drop table if exists "identity"."refresh_token" cascade;`);

    this.addSql(`alter table "identity"."user_account" drop column "tokens_not_before";`);
  }

}
