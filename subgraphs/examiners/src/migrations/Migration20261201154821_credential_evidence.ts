import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154821_credential_evidence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "examiners"."document_chunk" ("content_id" uuid not null, "seq" int not null, "data" bytea not null, constraint "document_chunk_pkey" primary key ("content_id", "seq"));`);

    this.addSql(`create table "examiners"."document_content" ("id" uuid not null, "sha256" varchar(64) null, "size" bigint not null, "media_type" varchar(100) not null, "chunks" int not null, "created_at" timestamptz not null, constraint "document_content_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."document_content" add constraint "document_content_sha256_unique" unique ("sha256");`);

    this.addSql(`create table "examiners"."document_link_use" ("link_id" uuid not null, "used_at" timestamptz not null, "actor_id" varchar(200) not null, constraint "document_link_use_pkey" primary key ("link_id"));`);

    this.addSql(`create table "examiners"."credential_evidence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "credential_id" uuid not null, "kind" text check ("kind" in ('LICENCE_SCAN', 'CERTIFICATE_OF_INSURANCE', 'CERTIFICATE', 'OTHER')) not null, "file_name" varchar(200) not null, "declared_type" varchar(100) not null, "status" text check ("status" in ('PENDING', 'STORED')) not null default 'PENDING', "sha256" varchar(64) null, "size" int null, "media_type" varchar(100) null, "stored_at" timestamptz null, "uploaded_by" varchar(200) not null, "upload_link_id" uuid null, constraint "credential_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "credential_evidence_credential_id_index" on "examiners"."credential_evidence" ("credential_id");`);

    this.addSql(`alter table "examiners"."credential_evidence" add constraint "credential_evidence_credential_id_foreign" foreign key ("credential_id") references "examiners"."credential" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "examiners"."credential" add column "verified_against_document_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "examiners"."document_chunk" cascade;`);

    this.addSql(`drop table if exists "examiners"."document_content" cascade;`);

    this.addSql(`drop table if exists "examiners"."document_link_use" cascade;`);

    this.addSql(`drop table if exists "examiners"."credential_evidence" cascade;`);

    this.addSql(`alter table "examiners"."credential" drop column "verified_against_document_id";`);
  }

}
