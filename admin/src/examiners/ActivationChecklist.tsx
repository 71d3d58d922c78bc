import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { Alert, Card, CardContent, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Link, useGetList, useRecordContext } from 'react-admin';
import { activationChecklist } from './activation';

/**
 * A pending examiner's activation checklist (docs/console.md, "Examiners"): each precondition changeExaminerStatus
 * checks before ACTIVE, ticked or not, with a link to fix what is missing. It reads the examiner's specialties and
 * medical licences again after every change (react-admin refreshes them), so an item ticks once it is fixed.
 */
export const ActivationChecklist = () => {
  const record = useRecordContext();
  const licences = useGetList(
    'credentials',
    { filter: { examinerId: record?.id, kind: ['MEDICAL_LICENSE'] }, pagination: { page: 1, perPage: 100 }, sort: { field: 'expiresOn', order: 'DESC' } },
    { enabled: record?.status === 'PENDING_REVIEW' },
  );
  if (!record || record.status !== 'PENDING_REVIEW') return null;
  if (licences.error) return <Alert severity="error">The activation checklist could not be loaded: {(licences.error as Error).message}</Alert>;
  if (!licences.data) return null;
  const items = activationChecklist({
    examinerId: String(record.id),
    specialtyCount: record.specialties?.length ?? 0,
    licences: licences.data.map((l) => ({ id: String(l.id), verificationStatus: l.verificationStatus, expiresOn: l.expiresOn, jurisdiction: l.jurisdiction, current: l.current })),
    // The API judges "today" as the UTC date (docs/rules.md, "How the rules are built").
    today: new Date().toISOString().slice(0, 10),
  });
  const missing = items.filter((i) => !i.done).length;
  return (
    <Card variant="outlined" sx={{ width: '100%' }} component="section" aria-label="Before activation">
      <CardContent>
        <Typography variant="h6" component="h2">
          Before activation
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {missing === 0 ? 'Everything activation needs is in place: "Activate" will be accepted.' : `${missing} of ${items.length} still to do before "Activate" is accepted.`}
        </Typography>
        <List dense aria-label="Activation checklist">
          {items.map((item) => (
            <ListItem key={item.rule} data-testid={`activation-${item.rule}`} data-done={item.done}>
              <ListItemIcon>
                {item.done ? <CheckBoxIcon color="success" titleAccess="Done" /> : <CheckBoxOutlineBlankIcon color="warning" titleAccess="To do" />}
              </ListItemIcon>
              <ListItemText
                primary={`${item.done ? 'Done' : 'To do'}: ${item.label}`}
                secondary={
                  <>
                    {item.detail}
                    {item.fix && (
                      <>
                        {' · '}
                        <Link to={item.fix.to}>{item.fix.label}</Link>
                      </>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
