import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154949_credential_terms extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "examiners"."credential" add column "superseded_by_id" uuid null, add column "superseded_at" timestamptz null;`);
    this.addSql(`alter table "examiners"."credential" add constraint "credential_superseded_by_id_foreign" foreign key ("superseded_by_id") references "examiners"."credential" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "credential_superseded_by_id_index" on "examiners"."credential" ("superseded_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "examiners"."credential" drop constraint "credential_superseded_by_id_foreign";`);

    this.addSql(`drop index "examiners"."credential_superseded_by_id_index";`);
    this.addSql(`alter table "examiners"."credential" drop column "superseded_by_id", drop column "superseded_at";`);
  }

}
