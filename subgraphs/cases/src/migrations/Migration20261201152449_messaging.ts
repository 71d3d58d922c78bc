import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152449_messaging extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."inbound_event" ("event_id" uuid not null, "source" varchar(40) not null, "type" varchar(60) not null, "case_id" uuid null, "order_key" uuid not null, "case_sequence" int not null, "received_at" timestamptz not null, constraint "inbound_event_pkey" primary key ("event_id"));`);
    this.addSql(`create index "inbound_event_order_key_case_sequence_index" on "cases"."inbound_event" ("order_key", "case_sequence");`);

    this.addSql(`create table "cases"."message" ("id" uuid not null, "recipient" varchar(320) not null, "language" varchar(5) not null, "template" varchar(40) not null, "subject" varchar(500) not null, "text" text not null, "html" text not null, "attachment_names" text[] not null, "related_type" varchar(60) null, "related_id" varchar(60) null, "status" text check ("status" in ('STORED', 'SENT', 'FAILED')) not null default 'STORED', "attempts" int not null default 0, "last_error" varchar(500) null, "smtp_message_id" varchar(500) null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "message_pkey" primary key ("id"));`);
    this.addSql(`create index "message_created_at_index" on "cases"."message" ("created_at");`);

    this.addSql(`create table "cases"."outbox_event" ("id" uuid not null, "sequence" bigserial, "type" varchar(60) not null, "aggregate_type" varchar(60) not null, "aggregate_id" uuid not null, "case_id" uuid null, "occurred_at" timestamptz not null, "payload" jsonb not null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."outbox_event" add constraint "outbox_event_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "outbox_event_case_id_index" on "cases"."outbox_event" ("case_id");`);

    this.addSql(`create table "cases"."reminder_sent" ("subject_type" varchar(40) not null, "subject_id" uuid not null, "threshold" varchar(40) not null, "sent_at" timestamptz not null, constraint "reminder_sent_pkey" primary key ("subject_type", "subject_id", "threshold"));`);

    this.addSql(`create table "cases"."webhook_subscription" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "client_id" uuid null, "url" varchar(2000) not null, "description" varchar(200) null, "event_types" text[] not null, "secret" text not null, "status" text check ("status" in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', "consecutive_failures" int not null default 0, "disabled_at" timestamptz null, "disabled_reason" varchar(500) null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_client_id_index" on "cases"."webhook_subscription" ("client_id");`);

    this.addSql(`create table "cases"."webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null, "event_id" uuid not null, "event_type" text check ("event_type" in ('CASE_CREATED', 'PANEL_PROPOSED', 'PANEL_MEMBER_SELECTED', 'EXAM_SCHEDULED', 'EXAM_RESCHEDULED', 'NOTICE_SERVED', 'EXAM_NO_SHOW', 'CASE_EXAMINED', 'CASE_REPORTED', 'CASE_CLOSED', 'CASE_CANCELLED', 'WEBHOOK_SUBSCRIPTION_DISABLED', 'REPORT_SUBMITTED', 'REPORT_FINAL', 'REPORT_DELIVERED', 'CREDENTIAL_EXPIRING', 'CREDENTIAL_LAPSED', 'EXAMINER_SUSPENDED')) not null, "case_id" uuid null, "order_key" uuid not null, "case_sequence" int not null, "body" text not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_duration_ms" int null, "last_error" varchar(500) null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, "log" jsonb null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_subscription_id_order_key_case_sequence_index" on "cases"."webhook_delivery" ("subscription_id", "order_key", "case_sequence");`);
    this.addSql(`alter table "cases"."webhook_delivery" add constraint "webhook_delivery_subscription_id_event_id_unique" unique ("subscription_id", "event_id");`);

    this.addSql(`alter table "cases"."webhook_subscription" add constraint "webhook_subscription_client_id_foreign" foreign key ("client_id") references "cases"."client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "cases"."webhook_subscription" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."webhook_delivery" drop constraint "webhook_delivery_subscription_id_foreign";`);

    this.addSql(`drop table if exists "cases"."inbound_event" cascade;`);

    this.addSql(`drop table if exists "cases"."message" cascade;`);

    this.addSql(`drop table if exists "cases"."outbox_event" cascade;`);

    this.addSql(`drop table if exists "cases"."reminder_sent" cascade;`);

    this.addSql(`drop table if exists "cases"."webhook_subscription" cascade;`);

    this.addSql(`drop table if exists "cases"."webhook_delivery" cascade;`);
  }

}
