import { fieldsReadableBy, guardedFieldsOnSimpleTypes, operationsWithoutAuthorization } from '@imepanel/runtime';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCasesSchema, casesResolvers } from './schema';

/**
 * What an ANALYST reads of this subgraph, field by field (docs/security.md, "De-identified rows"): ids and codes,
 * categories, counts and figures, and dates as months only. No name of a person, no free text about a case, no
 * exact date of a case. A field added to the schema fails the test below until it is listed here (a decision)
 * or withheld from analysts (`@Authorized(...IDENTIFIED_ROW_ROLES)`).
 */
const ANALYST_FIELDS: Record<string, string[]> = {
  // The referral without the claimant: categories, codes, months.
  Case: [
    'id', 'referenceNumber', 'status', 'priority', 'lineOfBusiness', 'reasons', 'requiredSpecialtyCode', 'requiredSpecialty', 'jurisdictionCode',
    'jurisdictionRule', 'bodyParts', 'examFormat', 'telehealthAllowed', 'examinerId', 'examiner', 'client', 'cancelledBy', 'cancellationChargeable',
    'allowedTransitions', 'panels', 'appointments', 'reschedules', 'version',
    'createdMonth', 'dueMonth', 'assignedMonth', 'examinedMonth', 'closedMonth', 'cancelledMonth',
  ],
  // The examiner's office and its zone are the panel's professional data; the interpreter arranged (a claimant's language) is not for ANALYST.
  Appointment: ['id', 'examinerId', 'durationMinutes', 'officeId', 'timeZone', 'examinerTimeZone', 'format', 'status', 'noShowParty', 'cancelledBy', 'version', 'scheduledMonth'],
  // Reschedules per party: counts, as reliability metrics read them.
  PartyCount: ['party', 'count'],
  Panel: ['id', 'strategy', 'seed', 'size', 'status', 'poolSize', 'requireAvailability', 'excludedFromPool', 'maxOpenCaseLoad', 'procedure', 'selectedBy', 'selectionBasis', 'members', 'proposedMonth'],
  PanelMember: ['id', 'examinerId', 'examiner', 'position', 'struckBy', 'selected'],
  // Who was left out of a draw for want of a free slot: examiner ids and the reason, as the members are.
  PanelExclusion: ['examinerId', 'reason'],
  // The ordering organisation, not a person about whom the case is: its business contact and its own dates.
  Client: ['id', 'name', 'kind', 'contactName', 'contactEmail', 'contactPhone', 'active', 'createdAt', 'updatedAt', 'version'],
  // Public rules of each jurisdiction.
  JurisdictionRule: [
    'code', 'name', 'notes', 'panelRequired', 'panelSize', 'claimantChoiceDays', 'noticeLeadDays', 'noticeLeadUnit', 'observerAllowed', 'recordingAllowed',
    'reportDueDays', 'reportDueDaysOutOfState', 'reportDueUnit', 'reportRecipients', 'reportSameDay', 'requiredCredentialKinds', 'schedulingWindowDays',
    'schedulingWindowExtendedDays', 'updatedAt', 'version', 'claimantChoiceUnit', 'strikeDays', 'strikeUnit', 'holidayCalendar', 'holidayYearsFrom',
    'holidayYearsThrough', 'holidays', 'recordsServiceDays',
  ],
  // Public holidays of a jurisdiction's calendar (reference data; who curated it is an administrator, not a party).
  JurisdictionHoliday: ['date', 'name', 'source', 'addedAt', 'addedBy'],
  Examiner: ['id', 'cases', 'caseMetrics', 'openCaseCount'],
  ExaminerCaseMetrics: ['windowDays', 'examsCounted', 'appointmentsCounted', 'examinerNoShows', 'examinerNoShowRate', 'examinerLateCancellations', 'examinerLateCancellationRate'],
  Specialty: ['code'],
  // Statistics (docs/statistics.md): disclosure-controlled for analysts.
  CaseStats: ['groupBy', 'overall', 'groups', 'truncated', 'suppressionApplied', 'minGroupSize', 'suppressedGroups'],
  CaseStatsGroup: [
    'month', 'week', 'status', 'jurisdiction', 'lineOfBusiness', 'specialtyCode', 'specialty', 'clientId', 'client', 'examinerId', 'examiner', 'suppressed',
    'count', 'medianDaysToAssignment', 'p90DaysToAssignment', 'medianDaysToExam', 'p90DaysToExam', 'noShowRate', 'cancellationRate',
    'chargeableCancellationRate', 'nonChargeableCancellationRate',
  ],
  CasePage: ['items', 'total', 'limit', 'offset', 'hasMore'],
  ClientPage: ['items', 'total', 'limit', 'offset', 'hasMore'],
};

/** Dates an ANALYST may read: of organisations and public rules, never of a case. */
const ANALYST_DATES = ['Client.createdAt', 'Client.updatedAt', 'JurisdictionHoliday.addedAt', 'JurisdictionHoliday.date', 'JurisdictionRule.updatedAt'];

const listed = () => Object.entries(ANALYST_FIELDS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)).sort();
const typeOf = (schema: GraphQLSchema, name: string) => {
  const [type, field] = name.split('.');
  const owner = schema.getType(type);
  return isObjectType(owner) ? getNamedType(owner.getFields()[field].type).name : '';
};

describe('authorisation of the cases subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildCasesSchema();
    expect(operationsWithoutAuthorization(casesResolvers)).toEqual([]);
  });

  it('guards no field on an object type with simple resolvers (type-graphql would skip the checks there)', async () => {
    await buildCasesSchema();
    expect(guardedFieldsOnSimpleTypes()).toEqual([]);
  });

  it('lets an ANALYST reach exactly the fields decided for de-identified rows, and no exact date of a case', async () => {
    const schema = await buildCasesSchema();
    const readable = fieldsReadableBy(schema, 'ANALYST');
    expect(readable).toEqual(listed());
    const dates = readable.filter((f) => ['DateTime', 'LocalDate'].includes(typeOf(schema, f)));
    expect(dates).toEqual(ANALYST_DATES);
  });
});
