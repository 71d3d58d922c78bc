import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032416_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "reports";`);
    this.addSql(`create table "reports"."report" ("id" uuid not null, "case_id" uuid not null, "examiner_id" uuid not null, "kind" text check ("kind" in ('IME', 'ADDENDUM', 'SUPPLEMENTAL')) not null default 'IME', "parent_id" uuid null, "addendum_reason" text check ("addendum_reason" in ('LATE_RECORDS', 'QUESTION_NOT_ANSWERED', 'CLIENT_REQUEST', 'CORRECTION')) null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED', 'FINAL', 'DELIVERED')) not null default 'DRAFT', "jurisdiction" varchar(10) not null, "client_id" uuid not null, "specialty_code" varchar(40) not null, "line_of_business" varchar(20) not null, "reasons" text[] not null, "questions" jsonb not null, "exam_date" date null, "exam_started_at" timestamptz null, "exam_ended_at" timestamptz null, "records_reviewed" text[] not null, "history" text null, "findings" text null, "diagnoses" jsonb not null, "answers" jsonb not null, "causation_opinion" text null, "mmi_reached" boolean null, "mmi_date" date null, "impairment_percent" double precision null, "impairment_guide_edition" varchar(100) null, "impairment_table" varchar(50) null, "impairment_page" varchar(20) null, "work_capacity" text check ("work_capacity" in ('FULL_DUTY', 'MODIFIED_DUTY', 'NO_WORK')) null, "work_restrictions" text null, "treatment_recommendations" text null, "due_date" date null, "submitted_at" timestamptz null, "finalised_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_case_id_index" on "reports"."report" ("case_id");`);
    this.addSql(`create index "report_parent_id_index" on "reports"."report" ("parent_id");`);
    this.addSql(`create index "report_jurisdiction_index" on "reports"."report" ("jurisdiction");`);
    this.addSql(`create index "report_client_id_index" on "reports"."report" ("client_id");`);
    this.addSql(`create index "report_status_due_date_index" on "reports"."report" ("status", "due_date");`);
    this.addSql(`create index "report_examiner_id_created_at_index" on "reports"."report" ("examiner_id", "created_at");`);

    this.addSql(`create table "reports"."qa_review" ("id" uuid not null, "report_id" uuid not null, "outcome" text check ("outcome" in ('PASSED', 'CHANGES_REQUESTED')) not null, "checklist" jsonb not null, "notes" text null, "reviewer" varchar(200) not null, "reviewed_at" timestamptz not null, constraint "qa_review_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_review_report_id_index" on "reports"."qa_review" ("report_id");`);

    this.addSql(`create table "reports"."report_delivery" ("id" uuid not null, "report_id" uuid not null, "recipient" text check ("recipient" in ('CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE', 'TREATING_PHYSICIAN', 'BOARD')) not null, "method" text check ("method" in ('EMAIL', 'PORTAL', 'MAIL', 'FAX', 'HAND_DELIVERY')) not null, "recipient_name" varchar(200) null, "delivered_at" timestamptz not null, "delivered_by" varchar(200) null, constraint "report_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "report_delivery_report_id_recipient_index" on "reports"."report_delivery" ("report_id", "recipient");`);

    this.addSql(`alter table "reports"."report" add constraint "report_parent_id_foreign" foreign key ("parent_id") references "reports"."report" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "reports"."qa_review" add constraint "qa_review_report_id_foreign" foreign key ("report_id") references "reports"."report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reports"."report_delivery" add constraint "report_delivery_report_id_foreign" foreign key ("report_id") references "reports"."report" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reports"."report" drop constraint "report_parent_id_foreign";`);

    this.addSql(`alter table "reports"."qa_review" drop constraint "qa_review_report_id_foreign";`);

    this.addSql(`alter table "reports"."report_delivery" drop constraint "report_delivery_report_id_foreign";`);

    this.addSql(`drop table if exists "reports"."report" cascade;`);

    this.addSql(`drop table if exists "reports"."qa_review" cascade;`);

    this.addSql(`drop table if exists "reports"."report_delivery" cascade;`);

    this.addSql(`drop schema if exists "reports";`);
  }

}
