import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032411_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "examiners";`);
    this.addSql(`create table "examiners"."practice_group" ("id" uuid not null, "name" varchar(200) not null, "website" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "practice_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."practice_group" add constraint "practice_group_name_unique" unique ("name");`);

    this.addSql(`create table "examiners"."examiner" ("id" uuid not null, "npi" varchar(10) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "suffix" varchar(20) null, "email" varchar(200) not null, "phone" varchar(40) null, "status" text check ("status" in ('PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED')) not null default 'PENDING_REVIEW', "status_reason" text null, "status_changed_at" timestamptz null, "status_changed_by" varchar(200) null, "practice_group_id" uuid null, "languages" text[] not null, "telehealth" boolean not null default false, "years_in_practice" smallint null, "bio" text null, "reputation_score" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "examiner_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."examiner" add constraint "examiner_npi_unique" unique ("npi");`);
    this.addSql(`create index "examiner_status_index" on "examiners"."examiner" ("status");`);
    this.addSql(`create index "examiner_practice_group_id_index" on "examiners"."examiner" ("practice_group_id");`);
    this.addSql(`create index "examiner_reputation_score_index" on "examiners"."examiner" ("reputation_score");`);
    this.addSql(`create index "examiner_last_name_first_name_index" on "examiners"."examiner" ("last_name", "first_name");`);

    this.addSql(`create table "examiners"."office_location" ("id" uuid not null, "examiner_id" uuid not null, "label" varchar(100) null, "address_line1" varchar(200) not null, "address_line2" varchar(200) null, "city" varchar(100) not null, "region" varchar(20) not null, "postal_code" varchar(20) not null, "country" varchar(2) not null default 'US', "latitude" double precision not null, "longitude" double precision not null, "primary" boolean not null default false, constraint "office_location_pkey" primary key ("id"));`);
    this.addSql(`create index "office_location_examiner_id_index" on "examiners"."office_location" ("examiner_id");`);

    this.addSql(`create table "examiners"."credential" ("id" uuid not null, "examiner_id" uuid not null, "kind" text check ("kind" in ('MEDICAL_LICENSE', 'BOARD_CERTIFICATION', 'IME_CERTIFICATION', 'QME_CERTIFICATION', 'DEA_REGISTRATION', 'MALPRACTICE_INSURANCE')) not null, "issuer" varchar(200) not null, "number" varchar(60) not null, "jurisdiction" varchar(10) null, "issued_on" date null, "expires_on" date null, "verification_status" text check ("verification_status" in ('UNVERIFIED', 'VERIFIED', 'REJECTED')) not null default 'UNVERIFIED', "verified_at" timestamptz null, "verified_by" varchar(200) null, "verification_note" text null, "next_verification_due" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "credential_pkey" primary key ("id"));`);
    this.addSql(`create index "credential_examiner_id_index" on "examiners"."credential" ("examiner_id");`);
    this.addSql(`create index "credential_expires_on_index" on "examiners"."credential" ("expires_on");`);
    this.addSql(`create index "credential_next_verification_due_index" on "examiners"."credential" ("next_verification_due");`);
    this.addSql(`create index "credential_kind_jurisdiction_index" on "examiners"."credential" ("kind", "jurisdiction");`);

    this.addSql(`create table "examiners"."conflict_declaration" ("id" uuid not null, "examiner_id" uuid not null, "party_type" text check ("party_type" in ('CLAIMANT', 'CLIENT', 'ATTORNEY', 'EMPLOYER', 'PROVIDER')) not null, "party_key" varchar(64) not null, "party_label" varchar(200) null, "reason" text not null, "starts_on" date null, "ends_on" date null, "created_at" timestamptz not null, "version" int not null default 1, constraint "conflict_declaration_pkey" primary key ("id"));`);
    this.addSql(`create index "conflict_declaration_examiner_id_index" on "examiners"."conflict_declaration" ("examiner_id");`);
    this.addSql(`create index "conflict_declaration_party_type_party_key_index" on "examiners"."conflict_declaration" ("party_type", "party_key");`);

    this.addSql(`create table "examiners"."reputation_event" ("id" uuid not null, "examiner_id" uuid not null, "kind" text check ("kind" in ('QA_AUDIT', 'COMPLAINT', 'CLIENT_FEEDBACK', 'CLAIMANT_FEEDBACK', 'COMMENDATION')) not null, "score" double precision null, "note" text null, "case_id" uuid null, "occurred_on" date not null, "recorded_by" varchar(200) not null, "created_at" timestamptz not null, constraint "reputation_event_pkey" primary key ("id"));`);
    this.addSql(`create index "reputation_event_examiner_id_occurred_on_index" on "examiners"."reputation_event" ("examiner_id", "occurred_on");`);

    this.addSql(`create table "examiners"."reputation_snapshot" ("id" uuid not null, "examiner_id" uuid not null, "taken_at" timestamptz not null, "score" double precision null, "components" jsonb not null, "inputs" jsonb not null, constraint "reputation_snapshot_pkey" primary key ("id"));`);
    this.addSql(`create index "reputation_snapshot_examiner_id_taken_at_index" on "examiners"."reputation_snapshot" ("examiner_id", "taken_at");`);

    this.addSql(`create table "examiners"."reputation_weights" ("id" int not null default 1, "timeliness" double precision not null default 0.25, "turnaround" double precision not null default 0.1, "completeness" double precision not null default 0.15, "qa" double precision not null default 0.15, "audit" double precision not null default 0.1, "reliability" double precision not null default 0.1, "conduct" double precision not null default 0.1, "credentials" double precision not null default 0.05, "updated_at" timestamptz not null, "updated_by" varchar(200) null, "version" int not null default 1, constraint "reputation_weights_pkey" primary key ("id"));`);

    this.addSql(`create table "examiners"."specialty" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(120) not null, "description" text null, "parent_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "specialty_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."specialty" add constraint "specialty_code_unique" unique ("code");`);
    this.addSql(`create index "specialty_name_index" on "examiners"."specialty" ("name");`);

    this.addSql(`create table "examiners"."examiner_specialty" ("id" uuid not null, "examiner_id" uuid not null, "specialty_id" uuid not null, "board_certified" boolean not null default false, "primary" boolean not null default false, constraint "examiner_specialty_pkey" primary key ("id"));`);
    this.addSql(`create index "examiner_specialty_specialty_id_index" on "examiners"."examiner_specialty" ("specialty_id");`);
    this.addSql(`alter table "examiners"."examiner_specialty" add constraint "examiner_specialty_examiner_id_specialty_id_unique" unique ("examiner_id", "specialty_id");`);

    this.addSql(`alter table "examiners"."examiner" add constraint "examiner_practice_group_id_foreign" foreign key ("practice_group_id") references "examiners"."practice_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "examiners"."office_location" add constraint "office_location_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."credential" add constraint "credential_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."conflict_declaration" add constraint "conflict_declaration_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."reputation_event" add constraint "reputation_event_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."reputation_snapshot" add constraint "reputation_snapshot_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."specialty" add constraint "specialty_parent_id_foreign" foreign key ("parent_id") references "examiners"."specialty" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "examiners"."examiner_specialty" add constraint "examiner_specialty_examiner_id_foreign" foreign key ("examiner_id") references "examiners"."examiner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "examiners"."examiner_specialty" add constraint "examiner_specialty_specialty_id_foreign" foreign key ("specialty_id") references "examiners"."specialty" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "examiners"."examiner" drop constraint "examiner_practice_group_id_foreign";`);

    this.addSql(`alter table "examiners"."office_location" drop constraint "office_location_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."credential" drop constraint "credential_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."conflict_declaration" drop constraint "conflict_declaration_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."reputation_event" drop constraint "reputation_event_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."reputation_snapshot" drop constraint "reputation_snapshot_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."examiner_specialty" drop constraint "examiner_specialty_examiner_id_foreign";`);

    this.addSql(`alter table "examiners"."specialty" drop constraint "specialty_parent_id_foreign";`);

    this.addSql(`alter table "examiners"."examiner_specialty" drop constraint "examiner_specialty_specialty_id_foreign";`);

    this.addSql(`drop table if exists "examiners"."practice_group" cascade;`);

    this.addSql(`drop table if exists "examiners"."examiner" cascade;`);

    this.addSql(`drop table if exists "examiners"."office_location" cascade;`);

    this.addSql(`drop table if exists "examiners"."credential" cascade;`);

    this.addSql(`drop table if exists "examiners"."conflict_declaration" cascade;`);

    this.addSql(`drop table if exists "examiners"."reputation_event" cascade;`);

    this.addSql(`drop table if exists "examiners"."reputation_snapshot" cascade;`);

    this.addSql(`drop table if exists "examiners"."reputation_weights" cascade;`);

    this.addSql(`drop table if exists "examiners"."specialty" cascade;`);

    this.addSql(`drop table if exists "examiners"."examiner_specialty" cascade;`);

    this.addSql(`drop schema if exists "examiners";`);
  }

}
