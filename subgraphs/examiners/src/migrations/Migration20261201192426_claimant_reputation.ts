import { Migration } from '@mikro-orm/migrations';

export class Migration20261201192426_claimant_reputation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "examiners"."reputation_event" add column "source_key" varchar(100) null;`);
    this.addSql(`alter table "examiners"."reputation_event" add constraint "reputation_event_source_key_unique" unique ("source_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "examiners"."reputation_event" drop constraint "reputation_event_source_key_unique";`);
    this.addSql(`alter table "examiners"."reputation_event" drop column "source_key";`);
  }

}
