import { Migration } from '@mikro-orm/migrations';

/** The id the caller gave its request, kept beside the platform's own request id (docs/security.md, "Audit log"). */
export class Migration20261201093421_audit_correlation_id extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "examiners"."audit_entry" add column "correlation_id" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "examiners"."audit_entry" drop column "correlation_id";`);
  }

}
