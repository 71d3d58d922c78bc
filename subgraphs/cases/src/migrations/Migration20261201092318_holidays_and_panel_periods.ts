import { Migration } from '@mikro-orm/migrations';
import { computedHolidays } from '../domain/holiday-calendar';

/** The years the seeded holiday calendars cover (docs/rules.md, "Holidays"); administrators extend them. */
const FIRST_YEAR = 2020;
const LAST_YEAR = 2040;

const OLD_CA_NOTES =
  'California Labor Code §§4062.1–4062.3 and 139.2, 8 CCR §§30–38 (DWC Medical Unit): a panel of three QMEs drawn at random by specialty near the worker; represented, each side strikes one; unrepresented, the worker picks within 10 days; the exam within 90 days (120 if waived); report within 30 days of the exam, served on all parties; only certified QMEs may serve. Two panel members from one group practice is grounds for a replacement. Recording and observer rights not seeded. Verify before relying on these values.';
const NEW_CA_NOTES =
  "California Labor Code §§4062.1–4062.3 and 139.2, 8 CCR §§30–38 (DWC Medical Unit): a panel of three QMEs drawn at random by specialty near the worker; represented, each side may strike one within 10 days of the panel's assignment and a side that does not lets the other choose (§4062.2(c)); unrepresented, the worker picks within 10 days, else the claims administrator may (§4062.1(c), 8 CCR §31.3); the exam within 90 days (120 if waived); report within 30 days of the exam, served on all parties; only certified QMEs may serve. Two panel members from one group practice is grounds for a replacement. Recording and observer rights not seeded. Verify before relying on these values.";

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Holiday calendars per jurisdiction, and the California panel periods:
 * - every rule gets a calendar covering 2020–2040; US subdivisions follow the US federal holidays (5 U.S.C. §6103,
 *   observed dates), computed here rather than typed in, others (NONE) only the days administrators add;
 * - US-CA gets its strike period (10 calendar days, Labor Code §4062.2(c)) beside its claimant choice period;
 * - panels already drawn in a panel-required jurisdiction get the procedure and deadlines they would have had:
 *   represented cases strike, unrepresented claimants choose, counted from the day each panel was proposed.
 */
export class Migration20261201092318_holidays_and_panel_periods extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."jurisdiction_holiday" ("id" uuid not null, "jurisdiction" varchar(10) not null, "date" date not null, "name" varchar(200) not null, "source" text check ("source" in ('US_FEDERAL', 'ADMINISTRATOR')) not null, "added_by" varchar(200) null, "added_at" timestamptz not null, constraint "jurisdiction_holiday_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."jurisdiction_holiday" add constraint "jurisdiction_holiday_jurisdiction_date_unique" unique ("jurisdiction", "date");`);

    this.addSql(`alter table "cases"."jurisdiction_holiday" add constraint "jurisdiction_holiday_jurisdiction_foreign" foreign key ("jurisdiction") references "cases"."jurisdiction_rule" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."jurisdiction_rule" add column "claimant_choice_unit" text check ("claimant_choice_unit" in ('BUSINESS_DAYS', 'CALENDAR_DAYS')) not null default 'CALENDAR_DAYS', add column "strike_days" smallint null, add column "strike_unit" text check ("strike_unit" in ('BUSINESS_DAYS', 'CALENDAR_DAYS')) not null default 'CALENDAR_DAYS', add column "holiday_calendar" text check ("holiday_calendar" in ('US_FEDERAL', 'NONE')) not null default 'US_FEDERAL', add column "holiday_years_from" smallint not null default 2020, add column "holiday_years_through" smallint not null default 2040;`);

    this.addSql(`alter table "cases"."panel" add column "max_open_case_load" smallint null, add column "procedure" text check ("procedure" in ('UNRESTRICTED', 'CLAIMANT_CHOICE', 'PARTY_STRIKES')) not null default 'UNRESTRICTED', add column "choice_due_on" date null, add column "strike_due_on" date null, add column "selection_basis" text check ("selection_basis" in ('PARTY_CHOICE', 'CLAIMANT_CHOICE', 'CHOICE_PERIOD_LAPSED', 'REMAINING_AFTER_STRIKES', 'STRIKE_PERIOD_LAPSED')) null, add column "selection_reason" text null;`);

    this.addSql(`update "cases"."jurisdiction_rule" set "holiday_calendar" = 'NONE' where "code" not like 'US-%';`);
    this.addSql(`update "cases"."jurisdiction_rule" set "strike_days" = 10 where "code" = 'US-CA' and "panel_required";`);
    this.addSql(`update "cases"."jurisdiction_rule" set "notes" = ${quote(NEW_CA_NOTES)} where "code" = 'US-CA' and "notes" = ${quote(OLD_CA_NOTES)};`);
    const holidays = computedHolidays('US_FEDERAL', FIRST_YEAR, LAST_YEAR)
      .map((h) => `('${h.date}'::date, ${quote(h.name)})`)
      .join(', ');
    this.addSql(
      `insert into "cases"."jurisdiction_holiday" ("id", "jurisdiction", "date", "name", "source", "added_by", "added_at") ` +
        `select gen_random_uuid(), r."code", h."date", h."name", 'US_FEDERAL', null, now() from "cases"."jurisdiction_rule" r cross join (values ${holidays}) as h ("date", "name") ` +
        `where r."holiday_calendar" = 'US_FEDERAL';`,
    );
    this.addSql(
      `update "cases"."panel" p set ` +
        `"procedure" = case when c."representative_name" is not null then 'PARTY_STRIKES' else 'CLAIMANT_CHOICE' end, ` +
        `"choice_due_on" = case when c."representative_name" is null then (p."proposed_at" at time zone 'UTC')::date + r."claimant_choice_days" end, ` +
        `"strike_due_on" = case when c."representative_name" is not null then (p."proposed_at" at time zone 'UTC')::date + r."strike_days" end ` +
        `from "cases"."ime_case" c join "cases"."jurisdiction_rule" r on r."code" = c."jurisdiction" where p."case_id" = c."id" and r."panel_required";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`update "cases"."jurisdiction_rule" set "notes" = ${quote(OLD_CA_NOTES)} where "code" = 'US-CA' and "notes" = ${quote(NEW_CA_NOTES)};`);
    this.addSql(`drop table if exists "cases"."jurisdiction_holiday" cascade;`);

    this.addSql(`alter table "cases"."jurisdiction_rule" drop column "claimant_choice_unit", drop column "strike_days", drop column "strike_unit", drop column "holiday_calendar", drop column "holiday_years_from", drop column "holiday_years_through";`);

    this.addSql(`alter table "cases"."panel" drop column "max_open_case_load", drop column "procedure", drop column "choice_due_on", drop column "strike_due_on", drop column "selection_basis", drop column "selection_reason";`);
  }

}
