import { Alert, Card, CardContent, CardHeader, CircularProgress, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-admin';

/** A dashboard card: a title, what it shows (or why it cannot), and a link to the full list behind it. */
export const Widget = ({
  title,
  to,
  linkText = 'Open the list',
  loading,
  error,
  children,
  testId,
}: {
  title: string;
  to: string;
  linkText?: string;
  loading?: boolean;
  error?: unknown;
  children: ReactNode;
  testId?: string;
}) => (
  <Card sx={{ display: 'flex', flexDirection: 'column' }} data-testid={testId}>
    <CardHeader title={title} slotProps={{ title: { variant: 'h6' } }} action={<Link to={to} sx={{ fontSize: 14, mr: 1 }}>{linkText}</Link>} />
    <Divider />
    <CardContent sx={{ flex: 1 }}>
      {error ? <Alert severity="warning">{(error as Error).message}</Alert> : loading ? <CircularProgress size={24} /> : children}
    </CardContent>
  </Card>
);

/** A big number that leads to the list it counts. */
export const Count = ({ value, label, to, tone }: { value: number | undefined; label: string; to: string; tone?: 'error' | 'warning' | 'success' }) => (
  <Link to={to} underline="none" color="inherit" sx={{ display: 'block', minWidth: 110 }} data-testid={`count-${label}`}>
    <Typography variant="h4" component="span" sx={{ display: 'block', color: tone && value ? `${tone}.main` : 'text.primary' }}>
      {value ?? '—'}
    </Typography>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
  </Link>
);
