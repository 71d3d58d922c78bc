import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, GlobalStyles, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import { humanize } from '../common/choices';
import type { ImePanelDataProvider } from '../dataProvider';

/** On paper only the report: the console's bars, menu, tabs and buttons are left out. */
const PRINT_ONLY_THE_REPORT = {
  '@media print': {
    'header, .RaSidebar-fixed, .RaSidebar-docked, .MuiDrawer-root, .RaShow-main > .MuiToolbar-root, .MuiTabs-root, .no-print': { display: 'none !important' },
    '.RaLayout-content, .RaShow-card': { padding: '0 !important', boxShadow: 'none !important' },
  },
};

/**
 * The final report as one document the reader prints or saves as PDF from the browser (until the documents
 * issue delivers a generated PDF): the case, the examiner, the exam, every question with its answer, the
 * diagnoses and opinions. Health data: shown only to the roles allowed to read it, and its reads are audited.
 */
export const PrintableReport = () => {
  const r = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const content = useQuery({ queryKey: ['reportContent', r?.id], queryFn: () => dataProvider.getReportContent({ id: String(r!.id) }).then((x) => x.data), enabled: Boolean(r) });
  if (!r) return null;
  if (content.error) return <Typography color="error">The report's content is not available: {(content.error as Error).message}</Typography>;
  if (content.isPending) return <Typography color="text.secondary">Loading…</Typography>;
  const c = content.data;
  const Part = ({ title, children }: { title: string; children: React.ReactNode }) => (
    <Box sx={{ mb: 2, breakInside: 'avoid' }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
  return (
    <Box data-testid="printable-report" sx={{ maxWidth: 800 }}>
      <GlobalStyles styles={PRINT_ONLY_THE_REPORT} />
      <Button className="no-print" variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} sx={{ mb: 2 }}>
        Print or save as PDF
      </Button>
      <Typography variant="h5">
        Independent medical examination: {humanize(r.kind)} report
      </Typography>
      <Typography sx={{ mb: 2 }} color="text.secondary">
        Case {r.case?.referenceNumber} · examiner {r.examiner?.displayName} · exam {r.examDate ?? '—'} · {humanize(r.status)}
        {r.finalisedAt ? ` on ${String(r.finalisedAt).slice(0, 10)}` : ''}
        {r.addendumReason ? ` · addendum: ${humanize(r.addendumReason)}` : ''}
      </Typography>
      <Part title="Records reviewed">{c.recordsReviewed?.length ? c.recordsReviewed.map((x: string) => `• ${x}`).join('\n') : '—'}</Part>
      <Part title="History">{c.history ?? '—'}</Part>
      <Part title="Findings">{c.findings ?? '—'}</Part>
      <Part title="Diagnoses">{c.diagnoses?.length ? c.diagnoses.map((d: any) => `${d.icd10}${d.description ? ` ${d.description}` : ''}`).join('\n') : '—'}</Part>
      {(c.questions ?? []).map((q: any) => (
        <Part key={q.id} title={`Question ${q.position}: ${q.text}`}>
          {c.answers?.find((a: any) => a.questionId === q.id)?.answer ?? '— not answered'}
        </Part>
      ))}
      <Part title="Causation">{c.causationOpinion ?? '—'}</Part>
      <Part title="Maximum medical improvement">{c.mmiReached === null ? '—' : c.mmiReached ? `Reached${c.mmiDate ? ` on ${c.mmiDate}` : ''}` : 'Not reached'}</Part>
      <Part title="Impairment">
        {c.impairmentPercent === null ? '—' : `${c.impairmentPercent}% whole person (${c.impairmentGuideEdition}, table ${c.impairmentTable}, page ${c.impairmentPage})`}
      </Part>
      <Part title="Work capacity">
        {humanize(c.workCapacity) || '—'}
        {c.workRestrictions ? `: ${c.workRestrictions}` : ''}
      </Part>
      <Part title="Treatment recommendations">{c.treatmentRecommendations ?? '—'}</Part>
    </Box>
  );
};
