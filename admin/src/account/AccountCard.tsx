import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The frame of the public account pages and the login page: the platform's name, a title, a form. */
export const AccountCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
    <Card sx={{ width: 420 }}>
      <CardContent>
        <Typography variant="h5" gutterBottom>
          IME Panel
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </Box>
);
