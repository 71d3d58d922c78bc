import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152500_messaging extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "examiners"."outbox_event" ("id" uuid not null, "sequence" bigserial, "type" varchar(60) not null, "aggregate_type" varchar(60) not null, "aggregate_id" uuid not null, "case_id" uuid null, "occurred_at" timestamptz not null, "payload" jsonb not null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiners"."outbox_event" add constraint "outbox_event_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "outbox_event_case_id_index" on "examiners"."outbox_event" ("case_id");`);

    this.addSql(`create table "examiners"."reminder_sent" ("subject_type" varchar(40) not null, "subject_id" uuid not null, "threshold" varchar(40) not null, "sent_at" timestamptz not null, constraint "reminder_sent_pkey" primary key ("subject_type", "subject_id", "threshold"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "examiners"."outbox_event" cascade;`);

    this.addSql(`drop table if exists "examiners"."reminder_sent" cascade;`);
  }

}
