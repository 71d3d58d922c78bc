import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154206_report_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reports"."report_version" ("id" uuid not null, "report_id" uuid not null, "number" int not null, "event" text check ("event" in ('CREATED', 'SAVED', 'SUBMITTED', 'FINALISED')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED', 'FINAL', 'DELIVERED')) not null, "at" timestamptz not null, "actor" varchar(200) not null, "snapshot" jsonb not null, constraint "report_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "reports"."report_version" add constraint "report_version_report_id_number_unique" unique ("report_id", "number");`);

    this.addSql(`alter table "reports"."report_version" add constraint "report_version_report_id_foreign" foreign key ("report_id") references "reports"."report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reports"."report" add column "reviewed_records" jsonb not null default '[]';`);

    // Reports written before versions were kept get their content as it stands as version 1 (docs/documents.md).
    this.addSql(`insert into "reports"."report_version" ("id", "report_id", "number", "event", "status", "at", "actor", "snapshot")
      select gen_random_uuid(), "id", 1,
        case when "status" in ('FINAL', 'DELIVERED') then 'FINALISED' when "status" in ('SUBMITTED', 'IN_QA') then 'SUBMITTED' else 'SAVED' end,
        "status", "updated_at", 'platform (version kept from before versions were recorded)',
        jsonb_build_object(
          'history', "history", 'findings', "findings", 'diagnoses', "diagnoses", 'answers', "answers", 'causationOpinion', "causation_opinion",
          'mmiReached', "mmi_reached", 'mmiDate', "mmi_date", 'impairmentPercent', "impairment_percent", 'impairmentGuideEdition', "impairment_guide_edition",
          'impairmentTable', "impairment_table", 'impairmentPage', "impairment_page", 'workCapacity', "work_capacity", 'workRestrictions', "work_restrictions",
          'treatmentRecommendations', "treatment_recommendations", 'recordsReviewed', to_jsonb("records_reviewed"), 'reviewedRecords', "reviewed_records",
          'examStartedAt', case when "exam_started_at" is null then null else to_char("exam_started_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end, 'examEndedAt', case when "exam_ended_at" is null then null else to_char("exam_ended_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end
        )
      from "reports"."report";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reports"."report_version" cascade;`);

    this.addSql(`alter table "reports"."report" drop column "reviewed_records";`);
  }

}
