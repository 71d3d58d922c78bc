import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153156_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reports"."document_chunk" ("content_id" uuid not null, "seq" int not null, "data" bytea not null, constraint "document_chunk_pkey" primary key ("content_id", "seq"));`);

    this.addSql(`create table "reports"."document_content" ("id" uuid not null, "sha256" varchar(64) null, "size" bigint not null, "media_type" varchar(100) not null, "chunks" int not null, "created_at" timestamptz not null, constraint "document_content_pkey" primary key ("id"));`);
    this.addSql(`alter table "reports"."document_content" add constraint "document_content_sha256_unique" unique ("sha256");`);

    this.addSql(`create table "reports"."document_link_use" ("link_id" uuid not null, "used_at" timestamptz not null, "actor_id" varchar(200) not null, constraint "document_link_use_pkey" primary key ("link_id"));`);

    this.addSql(`alter table "reports"."report" add column "pdf_sha256" varchar(64) null, add column "pdf_size" int null, add column "pdf_page_count" int null;`);

    this.addSql(`alter table "reports"."report_delivery" add column "document_sha256" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reports"."document_chunk" cascade;`);

    this.addSql(`drop table if exists "reports"."document_content" cascade;`);

    this.addSql(`drop table if exists "reports"."document_link_use" cascade;`);

    this.addSql(`alter table "reports"."report" drop column "pdf_sha256", drop column "pdf_size", drop column "pdf_page_count";`);

    this.addSql(`alter table "reports"."report_delivery" drop column "document_sha256";`);
  }

}
