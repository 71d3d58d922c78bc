import { Migration } from '@mikro-orm/migrations';

/**
 * Timeline entries written by a transition were named after the transition (PROPOSE_PANEL, ASSIGN, SCHEDULE…),
 * while the seeded ones and the documentation used the past-tense event (PANEL_PROPOSED, ASSIGNED, SCHEDULED…).
 * The stored rows move to the documented names, and the column accepts those names only (CaseEventType).
 */
const RENAMED: readonly [transition: string, event: string][] = [
  ['PROPOSE_PANEL', 'PANEL_PROPOSED'],
  ['ASSIGN', 'ASSIGNED'],
  ['SCHEDULE', 'SCHEDULED'],
  ['MARK_EXAMINED', 'EXAMINED'],
  ['MARK_NO_SHOW', 'NO_SHOW'],
  ['MARK_REPORTED', 'REPORTED'],
  ['CLOSE', 'CLOSED'],
  ['CANCEL', 'CANCELLED'],
];

const rename = (pairs: readonly (readonly [string, string])[]) =>
  `update "cases"."case_event" set "type" = case "type" ${pairs.map(([from, to]) => `when '${from}' then '${to}'`).join(' ')} end ` +
  `where "type" in (${pairs.map(([from]) => `'${from}'`).join(', ')});`;

export class Migration20261201093246_case_event_types extends Migration {

  override async up(): Promise<void> {
    this.addSql(rename(RENAMED));
    this.addSql(`alter table "cases"."case_event" alter column "type" type text using ("type"::text);`);
    this.addSql(`alter table "cases"."case_event" add constraint "case_event_type_check" check("type" in ('CREATED', 'UPDATED', 'PANEL_PROPOSED', 'PANEL_MEMBER_STRUCK', 'ASSIGNED', 'SCHEDULED', 'NOTICE_SERVED', 'EXAMINED', 'NO_SHOW', 'REPORTED', 'CLOSED', 'CANCELLED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."case_event" drop constraint if exists "case_event_type_check";`);

    // The documented names stay: the earlier code read any name, and seeded rows always had these.
    this.addSql(`alter table "cases"."case_event" alter column "type" type varchar(40) using ("type"::varchar(40));`);
  }

}
