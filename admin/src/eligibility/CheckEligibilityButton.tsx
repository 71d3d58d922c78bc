import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button } from 'react-admin';
import { Link } from 'react-router';
import { mayAccess } from '../access';
import { useRole } from '../workspaces/byRole';

/** The eligibility check with the case or the examiner already chosen: "Check an examiner" on a case, "Check against a case" on an examiner. */
export function eligibilityUrl(params: { caseId?: string; examinerId?: string; examDate?: string }) {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return `/eligibility${search.size ? `?${search}` : ''}`;
}

export const CheckEligibilityButton = ({ caseId, examinerId }: { caseId?: string; examinerId?: string }) => {
  if (!mayAccess(useRole(), 'eligibility', 'show')) return null;
  return (
    <Button component={Link} to={eligibilityUrl({ caseId, examinerId })} label={caseId ? 'Check an examiner' : 'Check against a case'}>
      <FactCheckIcon />
    </Button>
  );
};
