import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152447_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."document_chunk" ("content_id" uuid not null, "seq" int not null, "data" bytea not null, constraint "document_chunk_pkey" primary key ("content_id", "seq"));`);

    this.addSql(`create table "cases"."document_content" ("id" uuid not null, "sha256" varchar(64) null, "size" bigint not null, "media_type" varchar(100) not null, "chunks" int not null, "created_at" timestamptz not null, constraint "document_content_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."document_content" add constraint "document_content_sha256_unique" unique ("sha256");`);

    this.addSql(`create table "cases"."document_link_use" ("link_id" uuid not null, "used_at" timestamptz not null, "actor_id" varchar(200) not null, constraint "document_link_use_pkey" primary key ("link_id"));`);

    this.addSql(`create table "cases"."custody_entry" ("id" uuid not null, "case_id" uuid not null, "seq" int not null, "at" timestamptz not null, "kind" text check ("kind" in ('DOCUMENT', 'EVENT')) not null, "subject_id" uuid not null, "content_hash" varchar(64) not null, "actor" varchar(200) not null, "label" text not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "custody_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."custody_entry" add constraint "custody_entry_case_id_seq_unique" unique ("case_id", "seq");`);

    this.addSql(`create table "cases"."case_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "case_id" uuid not null, "kind" text check ("kind" in ('REFERRAL', 'MEDICAL_RECORD', 'IMAGING_REPORT', 'PRIOR_IME', 'CORRESPONDENCE', 'NOTICE')) not null, "file_name" varchar(200) not null, "declared_type" varchar(100) not null, "provided_by" text check ("provided_by" in ('CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER')) not null, "served_on" date null, "received_on" date not null, "status" text check ("status" in ('PENDING', 'STORED')) not null default 'PENDING', "sha256" varchar(64) null, "size" int null, "media_type" varchar(100) null, "page_count" int null, "stored_at" timestamptz null, "uploaded_by" varchar(200) not null, "upload_link_id" uuid null, constraint "case_document_pkey" primary key ("id"));`);
    this.addSql(`create index "case_document_case_id_created_at_index" on "cases"."case_document" ("case_id", "created_at");`);

    this.addSql(`alter table "cases"."custody_entry" add constraint "custody_entry_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."case_document" add constraint "case_document_case_id_foreign" foreign key ("case_id") references "cases"."ime_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."jurisdiction_rule" add column "records_service_days" smallint null;`);

    // PDFs and scans are compressed already: store chunks without trying to compress them again.
    this.addSql(`alter table "cases"."document_chunk" alter column "data" set storage external;`);
    // CA: records served on the other side 20 days before they go to the QME (Labor Code §4062.3(b); 8 CCR §35).
    this.addSql(`update "cases"."jurisdiction_rule" set "records_service_days" = 20 where "code" = 'US-CA';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."document_chunk" cascade;`);

    this.addSql(`drop table if exists "cases"."document_content" cascade;`);

    this.addSql(`drop table if exists "cases"."document_link_use" cascade;`);

    this.addSql(`drop table if exists "cases"."custody_entry" cascade;`);

    this.addSql(`drop table if exists "cases"."case_document" cascade;`);

    this.addSql(`alter table "cases"."jurisdiction_rule" drop column "records_service_days";`);
  }

}
