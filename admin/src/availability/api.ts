import { freshAuthorizationHeader } from '../authProvider';

/** One GraphQL call of the availability page, as the signed-in user; a refusal's message becomes the error. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await freshAuthorizationHeader()) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { rule?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new Error(first.extensions?.rule ? `${first.message} (${first.extensions.rule})` : first.message);
  }
  return body.data as T;
}

export interface WeeklyHoursRow {
  weekday: number;
  start: string;
  end: string;
  officeId: string | null;
}

export interface ExceptionRow {
  kind: 'TIME_OFF' | 'EXTRA_HOURS';
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  officeId: string | null;
  note: string | null;
}

export interface Availability {
  version: number;
  telehealthTimeZone: string;
  bufferMinutes: number;
  maxExamsPerDay: number;
  slotMinutes: number;
  recordReviewsPerWeek: number;
  weeklyHours: (WeeklyHoursRow & { timeZone: string })[];
  exceptions: (ExceptionRow & { timeZone: string })[];
}

export const AVAILABILITY = `query ($id: ID!) {
  examiner(id: $id) { id displayName telehealth offices { id label city timeZone } }
  examinerAvailability(examinerId: $id) {
    version telehealthTimeZone bufferMinutes maxExamsPerDay slotMinutes recordReviewsPerWeek
    weeklyHours { weekday start end officeId timeZone }
    exceptions { kind startsOn endsOn startTime endTime officeId timeZone note }
  }
}`;

export const SAVE = `mutation ($id: ID!, $version: Int, $input: AvailabilityInput!) {
  setAvailability(examinerId: $id, version: $version, input: $input) { version }
}`;

export const WEEK = `query ($id: ID!) {
  cases(filter: { examinerId: $id }, page: { limit: 200 }) {
    items { id referenceNumber appointments { scheduledAt endsAt status localStart timeZone examinerLocalStart examinerTimeZone format location } }
  }
}`;

export const SLOTS = `query ($caseId: ID!, $examinerId: ID) {
  availableSlots(caseId: $caseId, examinerId: $examinerId, limitPerExaminer: 40) {
    earliestExamDate latestExamDate
    slots { examinerId startsAt localStart localStartText timeZone examinerLocalStart examinerTimeZone format location }
  }
}`;

export const BOOK = `mutation ($caseId: ID!, $version: Int!, $at: DateTime!) {
  scheduleExam(caseId: $caseId, version: $version, input: { scheduledAt: $at }) { id version status }
}`;

export const CASE_VERSION = `query ($id: ID!) { case(id: $id) { id version referenceNumber status examinerId } }`;

export const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
