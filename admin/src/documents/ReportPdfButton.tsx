import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { downloadReportPdf } from './api';

/** Downloads the final report's PDF (the bytes every recipient receives); for any report page or list row. */
export function ReportPdfButton({ reportId, disabled }: { reportId: string; disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack spacing={1} direction="row" sx={{ alignItems: 'center' }}>
      <Button size="small" variant="outlined" disabled={disabled} onClick={() => downloadReportPdf(reportId).then(() => setError(null), (e: Error) => setError(e.message))}>
        Report PDF
      </Button>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
