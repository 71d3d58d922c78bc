import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts and invitations (docs/security.md, "Accounts and invitations"): single-use account tokens stored as
 * hashes, the organisation-manager flag of CLIENT users, the external identity provider's subject, and TOTP.
 */
export class Migration20261201151610_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."account_token" ("hash" varchar(64) not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('INVITATION', 'PASSWORD_RESET', 'SIGN_IN')) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_by" varchar(200) null, constraint "account_token_pkey" primary key ("hash"));`);
    this.addSql(`create index "account_token_user_id_purpose_index" on "identity"."account_token" ("user_id", "purpose");`);

    this.addSql(`alter table "identity"."account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."user_account" add column "manager" boolean not null default false, add column "external_subject" varchar(300) null, add column "totp_secret" text null, add column "totp_enabled_at" timestamptz null, add column "totp_last_time_step" int null;`);
    this.addSql(`alter table "identity"."user_account" add constraint "user_account_external_subject_unique" unique ("external_subject");`);
    this.addSql(`alter table "identity"."user_account" add constraint user_account_manager_check check (not manager or role = 'CLIENT');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."account_token" cascade;`);

    this.addSql(`alter table "identity"."user_account" drop constraint "user_account_manager_check";`);
    this.addSql(`alter table "identity"."user_account" drop constraint "user_account_external_subject_unique";`);
    this.addSql(`alter table "identity"."user_account" drop column "manager", drop column "external_subject", drop column "totp_secret", drop column "totp_enabled_at", drop column "totp_last_time_step";`);
  }

}
