import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032413_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create table "cases"."client" ("id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('INSURER', 'EMPLOYER', 'TPA', 'ATTORNEY', 'BOARD', 'OTHER')) not null, "contact_name" varchar(200) null, "contact_email" varchar(200) null, "contact_phone" varchar(40) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "client_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."client" add constraint "client_name_unique" unique ("name");`);
    this.addSql(`create index "client_kind_index" on "cases"."client" ("kind");`);

    this.addSql(`create table "cases"."jurisdiction_rule" ("code" varchar(10) not null, "name" varchar(200) not null, "notice_lead_days" smallint null, "notice_lead_unit" text check ("notice_lead_unit" in ('BUSINESS_DAYS', 'CALENDAR_DAYS')) not null default 'CALENDAR_DAYS', "report_due_days" smallint null, "report_due_unit" text check ("report_due_unit" in ('BUSINESS_DAYS', 'CALENDAR_DAYS')) not null default 'CALENDAR_DAYS', "report_due_days_out_of_state" smallint null, "panel_required" boolean not null default false, "panel_size" smallint not null default 3, "claimant_choice_days" smallint null, "scheduling_window_days" smallint null, "scheduling_window_extended_days" smallint null, "recording_allowed" boolean not null default false, "observer_allowed" boolean not null default false, "report_recipients" text[] not null, "report_same_day" boolean not null default false, "required_credential_kinds" text[] not null, "notes" text null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "jurisdiction_rule_pkey" primary key ("code"));`);

    this.addSql(`create table "cases"."ime_case" ("id" uuid not null, "reference_number" varchar(20) not null, "client_id" uuid not null, "claim_number" varchar(60) not null, "line_of_business" text check ("line_of_business" in ('WORKERS_COMP', 'AUTO', 'DISABILITY', 'LIABILITY', 'OTHER')) not null, "reasons" text[] not null, "required_specialty_code" varchar(40) not null, "jurisdiction" varchar(10) not null, "body_parts" text[] not null, "injury_date" date null, "claimant_first_name" varchar(100) not null, "claimant_last_name" varchar(100) not null, "claimant_date_of_birth" date not null, "claimant_email" varchar(200) null, "claimant_phone" varchar(40) null, "claimant_address_line1" varchar(200) null, "claimant_city" varchar(100) null, "claimant_region" varchar(20) null, "claimant_postal_code" varchar(20) null, "claimant_latitude" double precision null, "claimant_longitude" double precision null, "claimant_language" varchar(2) not null default 'en', "claimant_interpreter_needed" boolean not null default false, "representative_name" varchar(200) null, "representative_firm" varchar(200) null, "representative_email" varchar(200) null, "representative_phone" varchar(40) null, "treating_provider_npis" text[] not null, "employer_name" varchar(200) null, "exam_format" text check ("exam_format" in ('IN_PERSON', 'TELEHEALTH')) not null default 'IN_PERSON', "telehealth_allowed" boolean not null default false, "due_date" date null, "priority" text check ("priority" in ('ROUTINE', 'EXPEDITED', 'URGENT')) not null default 'ROUTINE', "status" text check ("status" in ('REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'CANCELLED', 'NO_SHOW')) not null default 'REQUESTED', "examiner_id" uuid null, "assigned_at" timestamptz null, "examined_at" timestamptz null, "closed_at" timestamptz null, "cancelled_at" timestamptz null, "cancellation_reason" text null, "cancelled_by" text check ("cancelled_by" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) null, "cancellation_chargeable" boolean null, "idempotency_key" varchar(100) null, "idempotency_fingerprint" varchar(64) null, "created_by" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "ime_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."ime_case" add constraint "ime_case_reference_number_unique" unique ("reference_number");`);
    this.addSql(`create index "ime_case_claim_number_index" on "cases"."ime_case" ("claim_number");`);
    this.addSql(`create index "ime_case_required_specialty_code_index" on "cases"."ime_case" ("required_specialty_code");`);
    this.addSql(`create index "ime_case_jurisdiction_index" on "cases"."ime_case" ("jurisdiction");`);
    this.addSql(`create index "ime_case_due_date_index" on "cases"."ime_case" ("due_date");`);
    this.addSql(`create index "ime_case_examiner_id_index" on "cases"."ime_case" ("examiner_id");`);
    this.addSql(`create index "ime_case_created_at_index" on "cases"."ime_case" ("created_at");`);
    this.addSql(`create index "ime_case_status_created_at_index" on "cases"."ime_case" ("status", "created_at");`);
    this.addSql(`create index "ime_case_client_id_created_at_index" on "cases"."ime_case" ("client_id", "created_at");`);
    this.addSql(`alter table "cases"."ime_case" add constraint "ime_case_client_id_idempotency_key_unique" unique ("client_id", "idempotency_key");`);

    this.addSql(`create table "cases"."case_event" ("id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "type" varchar(40) not null, "actor" varchar(200) not null, "actor_role" varchar(20) null, "from_status" text check ("from_status" in ('REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'CANCELLED', 'NO_SHOW')) null, "to_status" text check ("to_status" in ('REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'CANCELLED', 'NO_SHOW')) null, "note" text null, "data" jsonb null, constraint "case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "case_event_case_id_at_index" on "cases"."case_event" ("case_id", "at");`);

    this.addSql(`create table "cases"."appointment" ("id" uuid not null, "case_id" uuid not null, "examiner_id" uuid not null, "scheduled_at" timestamptz not null, "duration_minutes" smallint not null default 60, "format" text check ("format" in ('IN_PERSON', 'TELEHEALTH')) not null default 'IN_PERSON', "location" varchar(500) null, "status" text check ("status" in ('SCHEDULED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED')) not null default 'SCHEDULED', "no_show_party" text check ("no_show_party" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) null, "created_at" timestamptz not null, "version" int not null default 1, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_examiner_id_index" on "cases"."appointment" ("examiner_id");`);
    this.addSql(`create index "appointment_case_id_scheduled_at_index" on "cases"."appointment" ("case_id", "scheduled_at");`);

    this.addSql(`create table "cases"."notice" ("id" uuid not null, "case_id" uuid not null, "served_at" timestamptz not null, "method" text check ("method" in ('MAIL', 'EMAIL', 'HAND_DELIVERY', 'PORTAL')) not null, "purpose" text not null, "examiner_name" varchar(200) not null, "exam_scheduled_at" timestamptz null, "rights_statement" text not null, "served_by" varchar(200) null, constraint "notice_pkey" primary key ("id"));`);
    this.addSql(`create index "notice_case_id_index" on "cases"."notice" ("case_id");`);

    this.addSql(`create table "cases"."panel" ("id" uuid not null, "case_id" uuid not null, "strategy" text check ("strategy" in ('RANDOM', 'BALANCED')) not null, "seed" varchar(100) not null, "size" smallint not null, "status" text check ("status" in ('OPEN', 'SELECTED', 'SUPERSEDED')) not null default 'OPEN', "candidate_pool" jsonb not null, "pool_size" int not null default 0, "proposed_at" timestamptz not null, "proposed_by" varchar(200) null, "selected_by" text check ("selected_by" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) null, "selected_at" timestamptz null, constraint "panel_pkey" primary key ("id"));`);
    this.addSql(`create index "panel_case_id_proposed_at_index" on "cases"."panel" ("case_id", "proposed_at");`);

    this.addSql(`create table "cases"."panel_member" ("id" uuid not null, "panel_id" uuid not null, "examiner_id" uuid not null, "position" smallint not null, "struck_by" text check ("struck_by" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) null, "struck_at" timestamptz null, "selected" boolean not null default false, constraint "panel_member_pkey" primary key ("id"));`);
    this.addSql(`create index "panel_member_panel_id_index" on "cases"."panel_member" ("panel_id");`);
    this.addSql(`alter table "cases"."panel_member" add constraint "panel_member_panel_id_examiner_id_unique" unique ("panel_id", "examiner_id");`);

    this.addSql(`create table "cases"."referral_question" ("id" uuid not null, "case_id" uuid not null, "position" smallint not null, "text" text not null, constraint "referral_question_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."referral_question" add constraint "referral_question_case_id_position_unique" unique ("case_id", "position");`);

    this.addSql(`alter table "cases"."ime_case" add constraint "ime_case_client_id_foreign" foreign key ("client_id") references "cases"."client" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cases"."ime_case" add constraint "ime_case_jurisdiction_foreign" foreign key ("jurisdiction") references "cases"."jurisdiction_rule" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "cases"."case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."appointment" add constraint "appointment_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."notice" add constraint "notice_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."panel" add constraint "panel_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."panel_member" add constraint "panel_member_panel_id_foreign" foreign key ("panel_id") references "cases"."panel" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."referral_question" add constraint "referral_question_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."ime_case" drop constraint "ime_case_client_id_foreign";`);

    this.addSql(`alter table "cases"."ime_case" drop constraint "ime_case_jurisdiction_foreign";`);

    this.addSql(`alter table "cases"."case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`alter table "cases"."appointment" drop constraint "appointment_case_id_foreign";`);

    this.addSql(`alter table "cases"."notice" drop constraint "notice_case_id_foreign";`);

    this.addSql(`alter table "cases"."panel" drop constraint "panel_case_id_foreign";`);

    this.addSql(`alter table "cases"."referral_question" drop constraint "referral_question_case_id_foreign";`);

    this.addSql(`alter table "cases"."panel_member" drop constraint "panel_member_panel_id_foreign";`);

    this.addSql(`drop table if exists "cases"."client" cascade;`);

    this.addSql(`drop table if exists "cases"."jurisdiction_rule" cascade;`);

    this.addSql(`drop table if exists "cases"."ime_case" cascade;`);

    this.addSql(`drop table if exists "cases"."case_event" cascade;`);

    this.addSql(`drop table if exists "cases"."appointment" cascade;`);

    this.addSql(`drop table if exists "cases"."notice" cascade;`);

    this.addSql(`drop table if exists "cases"."panel" cascade;`);

    this.addSql(`drop table if exists "cases"."panel_member" cascade;`);

    this.addSql(`drop table if exists "cases"."referral_question" cascade;`);

    this.addSql(`drop schema if exists "cases";`);
  }

}
