import { Migration } from '@mikro-orm/migrations';
import { REGION_ZONES } from '@imepanel/runtime/time-zones';

export class Migration20261201192026_time_zones_and_accommodations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."ime_case" add column "claimant_accommodations" text[] not null default '{}', add column "claimant_time_zone" varchar(64) null;`);
    // Cases recorded before the claimant's zone was kept get their jurisdiction's usual zone (jurisdictionTimeZone).
    const zones = Object.entries(REGION_ZONES).map(([region, zone]) => `when '${region}' then '${zone}'`).join(' ');
    const zoneOf = (jurisdiction: string) =>
      `case when split_part(${jurisdiction}, '-', 1) <> 'US' then 'UTC' else case upper(split_part(${jurisdiction}, '-', 2)) ${zones} else 'America/New_York' end end`;
    this.addSql(`update "cases"."ime_case" set "claimant_time_zone" = ${zoneOf('"jurisdiction"')};`);
    this.addSql(`alter table "cases"."ime_case" alter column "claimant_time_zone" set not null;`);
    // Rows written without it (COPY, SQL fixtures) get the jurisdiction's zone too, as createCase gives it.
    this.addSql(`create function "cases"."ime_case_claimant_time_zone"() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
  if new.claimant_time_zone is null then
    new.claimant_time_zone := ${zoneOf('new.jurisdiction')};
  end if;
  return new;
end $$;`);
    this.addSql(
      `create trigger "ime_case_claimant_time_zone" before insert on "cases"."ime_case" for each row execute function "cases"."ime_case_claimant_time_zone"();`,
    );

    this.addSql(`alter table "cases"."appointment" add column "examiner_time_zone" varchar(64) null, add column "accommodation_arrangements" jsonb not null default '[]';`);
    // The zone booked in was the examiner's; a telehealth exam is shown in the claimant's from now on.
    this.addSql(`update "cases"."appointment" set "examiner_time_zone" = "time_zone";`);
    this.addSql(
      `update "cases"."appointment" a set "time_zone" = c."claimant_time_zone" from "cases"."ime_case" c where c."id" = a."case_id" and a."format" = 'TELEHEALTH';`,
    );

    // Notices served before gave the exam's time in UTC: their exam_time_zone stays null, which reads as UTC.
    this.addSql(`alter table "cases"."notice" add column "exam_time_zone" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "cases"."appointment" set "time_zone" = "examiner_time_zone" where "examiner_time_zone" is not null;`);
    this.addSql(`alter table "cases"."appointment" drop column "examiner_time_zone", drop column "accommodation_arrangements";`);

    this.addSql(`drop trigger "ime_case_claimant_time_zone" on "cases"."ime_case";`);
    this.addSql(`drop function "cases"."ime_case_claimant_time_zone"();`);
    this.addSql(`alter table "cases"."ime_case" drop column "claimant_accommodations", drop column "claimant_time_zone";`);

    this.addSql(`alter table "cases"."notice" drop column "exam_time_zone";`);
  }

}
