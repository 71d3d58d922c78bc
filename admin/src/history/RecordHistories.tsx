import { useDataProvider, useRecordContext } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import type { ImePanelDataProvider } from '../dataProvider';
import { auditSection, RecordHistory, statusChange, type HistorySection } from './HistoryTable';

/**
 * The History tabs of examiners, credentials, cases and reports (administrators: the audit log is theirs only,
 * docs/security.md "Audit log"). Each shows the record's own account of itself — status changes with their reasons,
 * earlier terms, timeline, versions — and the owning subgraph's audit entries naming the record: who, what, when.
 */

/** Status changes with their reasons, and the examiners audit log's entries under the examiner and what it holds. */
export const ExaminerHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!record) return null;
  return (
    <RecordHistory
      queryKey={['examinerHistory', record.id, record.version]}
      load={async () => {
        const { statusHistory, audit } = (await dataProvider.getExaminerHistory({ id: String(record.id) })).data;
        const status: HistorySection = {
          title: 'Status changes',
          empty: 'No status change recorded since status changes were kept.',
          rows: statusHistory.map((change) => ({
            id: change.id,
            at: change.changedAt,
            what: statusChange(change.fromStatus, change.toStatus),
            who: change.changedBy,
            details: change.reason ?? '',
          })),
        };
        return [status, auditSection(audit)];
      }}
    />
  );
};

/** The case's timeline (every status change with its reason; corrections name the fields, never their values) and its audit entries. */
export const CaseHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!record) return null;
  return (
    <RecordHistory
      queryKey={['caseHistory', record.id, record.version]}
      load={async () => {
        const { timeline, audit } = (await dataProvider.getCaseHistory({ id: String(record.id) })).data;
        const events: HistorySection = {
          title: 'Status changes and events',
          empty: 'Nothing recorded on the timeline.',
          rows: timeline.map((event) => ({
            id: event.id,
            at: event.at,
            what: [humanize(event.type), statusChange(event.fromStatus, event.toStatus)].filter(Boolean).join(': '),
            who: event.actorRole ? `${event.actor} (${humanize(event.actorRole)})` : event.actor,
            // A correction's note names the API's fields ("Changed bodyParts, priority"): said as words.
            details: event.type === 'UPDATED' ? fieldNamesAsWords(event.note) : (event.note ?? ''),
          })),
        };
        return [events, auditSection(audit)];
      }}
    />
  );
};

const fieldNamesAsWords = (note: string | null) => (note ?? '').replace(/\b[a-z]+(?:[A-Z][a-z]*)+\b/g, (name) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

/** The report's versions (who saved, submitted, finalised it), its QA reviews and its audit entries. */
export const ReportHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!record) return null;
  return (
    <RecordHistory
      queryKey={['reportHistory', record.id, record.version]}
      load={async () => {
        const { versions, qaReviews, audit } = (await dataProvider.getReportHistory({ id: String(record.id) })).data;
        const versionSection: HistorySection = {
          title: 'Versions',
          empty: 'No version saved yet.',
          rows: versions.map((v) => ({
            id: v.id,
            at: v.at,
            what: `Version ${v.number}: ${humanize(v.event)}`,
            who: v.actor,
            details: `Status ${humanize(v.status)}`,
          })),
        };
        const qa: HistorySection = {
          title: 'QA reviews',
          empty: 'Not reviewed yet.',
          rows: qaReviews.map((review) => ({
            id: review.id,
            at: review.reviewedAt,
            what: humanize(review.outcome),
            who: review.reviewer,
            details: review.notes ?? '',
          })),
        };
        return [versionSection, qa, auditSection(audit)];
      }}
    />
  );
};

const term = (t: { issuedOn: string | null; expiresOn: string | null }) => `${t.issuedOn ?? '…'} – ${t.expiresOn ?? 'no expiry'}`;

/**
 * The credential's terms (docs/rules.md, "Credential terms"): when each was recorded, verified and replaced by its
 * renewal, with the examiners audit log's entries under every term.
 */
export const CredentialHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!record) return null;
  return (
    <RecordHistory
      queryKey={['credentialHistory', record.id, record.version]}
      load={async () => {
        const { terms, audit } = (await dataProvider.getCredentialHistory({ id: String(record.id) })).data;
        const termRows = terms.flatMap((t) => [
          { id: `${t.id}-recorded`, at: t.createdAt, what: `Term ${t.number} recorded`, who: null, details: term(t) },
          ...(t.verifiedAt
            ? [{ id: `${t.id}-verified`, at: t.verifiedAt, what: `Term ${t.number} ${humanize(t.verificationStatus).toLowerCase()}`, who: t.verifiedBy, details: t.verificationNote ?? '' }]
            : []),
          ...(t.supersededAt ? [{ id: `${t.id}-replaced`, at: t.supersededAt, what: `Term ${t.number} replaced by its renewal`, who: null, details: term(t) }] : []),
        ]);
        const earlier = terms.filter((t) => t.id !== String(record.id));
        const termsSection: HistorySection = {
          title: earlier.length ? `Terms (this one and ${earlier.length} earlier)` : 'Terms',
          empty: 'No term recorded.',
          rows: termRows,
        };
        return [termsSection, auditSection(audit)];
      }}
    />
  );
};

/** Who changed the reputation weights and when, and the refreshes that applied them (the reputation weights page). */
export const ReputationWeightsHistory = ({ version }: { version: number | null }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  return (
    <RecordHistory
      queryKey={['reputationWeightsHistory', version]}
      load={async () => {
        const { current, changes, refreshes } = (await dataProvider.getReputationWeightsHistory()).data;
        const weightChanges = auditSection(changes, 'Weight changes');
        weightChanges.empty = current.updatedBy
          ? `Last set ${formatDateTime(current.updatedAt)} by ${current.updatedBy}; no change in the audit log since.`
          : 'The weights are the defaults; nobody has changed them.';
        return [weightChanges, auditSection(refreshes, 'Refreshes (scores recomputed with the weights of the day)')];
      }}
    />
  );
};
