import { Migration } from '@mikro-orm/migrations';

export class Migration20261127034345_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."user_account" ("id" uuid not null, "email" varchar(200) not null, "display_name" varchar(200) not null, "password_hash" varchar(300) not null, "role" text check ("role" in ('ADMIN', 'CLIENT', 'EXAMINER', 'ANALYST')) not null, "client_id" uuid null, "examiner_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "user_account_pkey" primary key ("id"), constraint user_account_binding_check check ((role = 'CLIENT') = (client_id is not null) and (role = 'EXAMINER') = (examiner_id is not null)));`);
    this.addSql(`alter table "identity"."user_account" add constraint "user_account_email_unique" unique ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."user_account" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
