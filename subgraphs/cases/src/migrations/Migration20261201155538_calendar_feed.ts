import { Migration } from '@mikro-orm/migrations';

export class Migration20261201155538_calendar_feed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."calendar_feed" ("examiner_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "created_by" varchar(200) null, constraint "calendar_feed_pkey" primary key ("examiner_id"));`);
    this.addSql(`alter table "cases"."calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."calendar_feed" cascade;`);
  }

}
