import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from 'graphql-request';
import type pg from 'pg';
import type { Role } from '@imepanel/runtime';
import type { TestPlatform } from './platform';
import { claimantCopyDueAt } from '../../subgraphs/reports/src/domain/delivery-rules';
import { uniqueSuffix } from './fixtures';

/**
 * Rows for statistics tests, written straight into each subgraph's tables: statistics are aggregates over
 * known rows, so the tests state the rows and the figures they must give, without driving every lifecycle.
 */

export type StatsRole = Role;

/** A gateway client acting as `role` (a CLIENT acts for `clientId`). */
export function statsClient(t: TestPlatform, role: Exclude<StatsRole, 'SERVICE' | 'CLAIMANT'>, clientId?: string): Promise<GraphQLClient> {
  return t.as({ role, clientId });
}

const day = 86_400_000;
export const at = (iso: string) => new Date(iso);
export const plusDays = (from: Date, days: number) => new Date(from.getTime() + days * day);

export async function insertClient(sql: pg.Pool, name = `Stats Client ${uniqueSuffix()}`): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `insert into cases.client (id, name, kind, created_at, updated_at) values ($1, $2, 'INSURER', now(), now())`,
    [id, name],
  );
  return id;
}

export interface CaseRow {
  clientId: string;
  createdAt: Date;
  jurisdiction?: string;
  specialtyCode?: string;
  lineOfBusiness?: string;
  status: string;
  examinerId?: string | null;
  assignedAt?: Date | null;
  examinedAt?: Date | null;
  cancelledAt?: Date | null;
  cancellationChargeable?: boolean | null;
  /** Appointment statuses to record, e.g. ['NO_SHOW', 'COMPLETED']. */
  appointments?: string[];
}

let reference = 0;

export async function insertCase(sql: pg.Pool, row: CaseRow): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `insert into cases.ime_case (id, reference_number, client_id, claim_number, line_of_business, reasons, required_specialty_code,
       jurisdiction, body_parts, claimant_first_name, claimant_last_name, claimant_date_of_birth, treating_provider_npis, status,
       examiner_id, assigned_at, examined_at, cancelled_at, cancelled_by, cancellation_chargeable, created_at, updated_at)
     values ($1, $2, $3, $4, $5, '{CAUSATION}', $6, $7, '{}', 'Stat', 'Claimant', '1980-01-01', '{}', $8, $9, $10, $11, $12, $13, $14, $15, $15)`,
    [
      id,
      `STAT-${uniqueSuffix()}-${++reference}`.slice(0, 20),
      row.clientId,
      `CLM-${uniqueSuffix()}`,
      row.lineOfBusiness ?? 'WORKERS_COMP',
      row.specialtyCode ?? 'ORTHO',
      row.jurisdiction ?? 'US-NY',
      row.status,
      row.examinerId ?? null,
      row.assignedAt ?? null,
      row.examinedAt ?? null,
      row.cancelledAt ?? null,
      row.cancelledAt ? 'CLIENT' : null,
      row.cancellationChargeable ?? null,
      row.createdAt,
    ],
  );
  for (const [index, status] of (row.appointments ?? []).entries()) {
    await sql.query(
      `insert into cases.appointment (id, case_id, examiner_id, scheduled_at, status, no_show_party, created_at)
       values ($1, $2, $3, $4, $5, $6, now())`,
      [randomUUID(), id, row.examinerId ?? randomUUID(), plusDays(row.createdAt, 10 + index), status, status === 'NO_SHOW' ? 'CLAIMANT' : null],
    );
  }
  return id;
}

export interface ReportRow {
  clientId: string;
  examinerId?: string;
  jurisdiction?: string;
  specialtyCode?: string;
  lineOfBusiness?: string;
  status: string;
  examDate: string;
  dueDate?: string | null;
  finalisedAt?: Date | null;
  sameDay?: boolean;
  /** When the claimant received a copy, if they did. */
  claimantCopyAt?: Date | null;
  /** Reasons of addenda filed against this report. */
  addenda?: string[];
}

const REPORT_COLUMNS = `id, case_id, examiner_id, kind, parent_id, addendum_reason, status, jurisdiction, client_id, specialty_code,
  line_of_business, reasons, questions, exam_date, records_reviewed, diagnoses, answers, due_date, first_submitted_at, submitted_at,
  finalised_at, claimant_copy_due_at, same_day_delivery, required_recipients, created_at, updated_at`;

export async function insertReport(sql: pg.Pool, row: ReportRow): Promise<string> {
  const id = randomUUID();
  const caseId = randomUUID();
  const examinerId = row.examinerId ?? randomUUID();
  const facts = [row.jurisdiction ?? 'US-NY', row.clientId, row.specialtyCode ?? 'ORTHO', row.lineOfBusiness ?? 'WORKERS_COMP'];
  await sql.query(
    `insert into reports.report (${REPORT_COLUMNS}) values
       ($1, $2, $3, 'IME', null, null, $4, $5, $6, $7, $8, '{CAUSATION}', '[]', $9, '{}', '[]', '[]', $10, $11, $11, $11, $13, $12, '{CLIENT,CLAIMANT}', now(), now())`,
    [
      id, caseId, examinerId, row.status, ...facts, row.examDate, row.dueDate ?? null, row.finalisedAt ?? null, row.sameDay ?? false,
      row.finalisedAt ? claimantCopyDueAt(row.finalisedAt, row.sameDay ?? false) : null,
    ],
  );
  for (const reason of row.addenda ?? []) {
    await sql.query(
      `insert into reports.report (${REPORT_COLUMNS}) values
         ($1, $2, $3, 'ADDENDUM', $4, $5, 'DRAFT', $6, $7, $8, $9, '{CAUSATION}', '[]', $10, '{}', '[]', '[]', null, null, null, null, null, $11, '{CLIENT,CLAIMANT}', now(), now())`,
      [randomUUID(), caseId, examinerId, id, reason, ...facts, row.examDate, row.sameDay ?? false],
    );
  }
  if (row.finalisedAt) {
    await sql.query(
      `insert into reports.report_delivery (id, report_id, recipient, method, delivered_at) values ($1, $2, 'CLIENT', 'PORTAL', $3)`,
      [randomUUID(), id, row.finalisedAt],
    );
  }
  if (row.claimantCopyAt) {
    await sql.query(
      `insert into reports.report_delivery (id, report_id, recipient, method, delivered_at) values ($1, $2, 'CLAIMANT', 'MAIL', $3)`,
      [randomUUID(), id, row.claimantCopyAt],
    );
  }
  return id;
}
