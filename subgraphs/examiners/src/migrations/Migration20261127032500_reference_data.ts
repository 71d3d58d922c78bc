import { Migration } from '@mikro-orm/migrations';

/** The single row of reputation weights, with the documented defaults (docs/rules.md, "Reputation"). */
export class Migration20261127032500_reference_data extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `insert into "examiners"."reputation_weights" ("id", "timeliness", "turnaround", "completeness", "qa", "audit", "reliability", "conduct", "credentials", "updated_at", "version") values (1, 0.25, 0.1, 0.15, 0.15, 0.1, 0.1, 0.1, 0.05, now(), 1);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "examiners"."reputation_weights" where "id" = 1;`);
  }
}
