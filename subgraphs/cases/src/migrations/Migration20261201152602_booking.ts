import { Migration } from '@mikro-orm/migrations';

/**
 * Bookings on the examiner's real time (docs/rules.md, "Scheduling"). Two held bookings of one examiner can never
 * overlap: an exclusion constraint over (examiner, [scheduled_at, blocked_until)) refuses the second, whatever the
 * concurrency. GiST compares uuids only with the btree_gist extension, which the migrations' owner role (not a
 * superuser) cannot create; so each examiner gets a small integer key (examiner_key, filled by a trigger on the
 * first booking) and the constraint compares int4range(key, key) with &&, which GiST supports natively.
 */
export class Migration20261201152602_booking extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cases"."examiner_key" ("examiner_id" uuid not null, "key" serial, constraint "examiner_key_pkey" primary key ("examiner_id"));`,
    );
    this.addSql(`alter table "cases"."examiner_key" add constraint "examiner_key_key_unique" unique ("key");`);

    this.addSql(`alter table "cases"."ime_case" add column "reschedule_counts" jsonb not null default '{}';`);
    this.addSql(`alter table "cases"."ime_case" alter column "reschedule_counts" drop default;`);

    this.addSql(
      `alter table "cases"."appointment" add column "ends_at" timestamptz null, add column "blocked_until" timestamptz null, add column "examiner_key" int not null default 0, add column "office_id" uuid null, add column "time_zone" varchar(64) null, add column "interpreter_language" varchar(2) null, add column "interpreter_name" varchar(200) null, add column "interpreter_agency" varchar(200) null, add column "interpreter_accommodation" varchar(500) null, add column "interpreter_confirmed" boolean null default false;`,
    );

    // The examiner's key, taken (or made) for every booking written, by the commands, the seeders and COPY alike; a
    // writer that gives no end (raw SQL, COPY) gets the end of the exam's length and no buffer.
    this.addSql(`create function "cases"."appointment_examiner_key"() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
  new.ends_at := coalesce(new.ends_at, new.scheduled_at + make_interval(mins => new.duration_minutes));
  new.blocked_until := coalesce(new.blocked_until, new.ends_at);
  insert into "cases"."examiner_key" ("examiner_id") values (new.examiner_id) on conflict ("examiner_id") do nothing;
  select k."key" into strict new.examiner_key from "cases"."examiner_key" k where k."examiner_id" = new.examiner_id;
  return new;
end $$;`);
    this.addSql(
      `create trigger "appointment_examiner_key" before insert or update of "examiner_id" on "cases"."appointment" for each row execute function "cases"."appointment_examiner_key"();`,
    );

    // Bookings made before: they end after their length and hold no buffer.
    this.addSql(`insert into "cases"."examiner_key" ("examiner_id") select distinct "examiner_id" from "cases"."appointment" order by 1 on conflict do nothing;`);
    this.addSql(`update "cases"."appointment" a set "ends_at" = a."scheduled_at" + make_interval(mins => a."duration_minutes"), "blocked_until" = a."scheduled_at" + make_interval(mins => a."duration_minutes"),
      "examiner_key" = k."key" from "cases"."examiner_key" k where k."examiner_id" = a."examiner_id";`);
    this.addSql(`alter table "cases"."appointment" alter column "ends_at" set not null, alter column "blocked_until" set not null;`);

    // Only a booking still held (SCHEDULED) holds its time; rescheduled, cancelled, completed and missed ones are history.
    this.addSql(`alter table "cases"."appointment" add constraint "appointment_examiner_time_excl" exclude using gist (
      int4range("examiner_key", "examiner_key", '[]') with &&, tstzrange("scheduled_at", "blocked_until") with &&) where ("status" = 'SCHEDULED');`);
    this.addSql(`alter table "cases"."appointment" add constraint "appointment_times_check" check ("ends_at" > "scheduled_at" and "blocked_until" >= "ends_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."appointment" drop constraint "appointment_examiner_time_excl", drop constraint "appointment_times_check";`);
    this.addSql(`drop trigger "appointment_examiner_key" on "cases"."appointment";`);
    this.addSql(`drop function "cases"."appointment_examiner_key"();`);
    this.addSql(`drop table if exists "cases"."examiner_key" cascade;`);
    this.addSql(
      `alter table "cases"."appointment" drop column "ends_at", drop column "blocked_until", drop column "examiner_key", drop column "office_id", drop column "time_zone", drop column "interpreter_language", drop column "interpreter_name", drop column "interpreter_agency", drop column "interpreter_accommodation", drop column "interpreter_confirmed";`,
    );
    this.addSql(`alter table "cases"."ime_case" drop column "reschedule_counts";`);
  }
}
