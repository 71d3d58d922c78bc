import { Migration } from '@mikro-orm/migrations';
import { REGION_ZONES } from '../domain/availability';

export class Migration20261201152032_availability extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "examiners"."examiner_availability" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "examiner_id" uuid not null, "telehealth_time_zone" text not null, "buffer_minutes" smallint not null default 15, "max_exams_per_day" smallint not null default 8, "slot_minutes" smallint not null default 30, "record_reviews_per_week" smallint not null default 5, "weekly_hours" jsonb not null, "exceptions" jsonb not null, "exam_lengths" jsonb not null, constraint "examiner_availability_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."examiner_availability" add constraint "examiner_availability_examiner_id_unique" unique ("examiner_id");`);

    this.addSql(`alter table "examiners"."examiner_availability" add constraint "examiner_availability_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    // Offices saved before zones were kept get their state's usual zone (domain/availability.ts, defaultTimeZoneForRegion).
    this.addSql(`alter table "examiners"."office_location" add column "time_zone" varchar(64) null;`);
    const zones = Object.entries(REGION_ZONES).map(([region, zone]) => `when '${region}' then '${zone}'`).join(' ');
    this.addSql(`update "examiners"."office_location" set "time_zone" = case when "country" <> 'US' then 'UTC' else case upper("region") ${zones} else 'America/New_York' end end;`);
    this.addSql(`alter table "examiners"."office_location" alter column "time_zone" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "examiners"."examiner_availability" cascade;`);

    this.addSql(`alter table "examiners"."office_location" drop column "time_zone";`);
  }

}
