import { Migration } from '@mikro-orm/migrations';

/**
 * The language of an account's e-mails (docs/messaging.md, "E-mail"): invitations and password resets are sent in
 * it; English for the accounts that exist.
 */
export class Migration20261201191530_account_language extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "identity"."user_account" add column "language" text check ("language" in ('en', 'es')) not null default 'en';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."user_account" drop column "language";`);
  }

}
