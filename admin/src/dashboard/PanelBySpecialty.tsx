import { Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import { filteredListUrl } from '../common/links';
import { CountsChart } from './CountsChart';
import { Widget } from './Widget';

/** Examiners per specialty (the ten largest), each bar opening the examiners holding it. */
export const PanelBySpecialty = () => {
  const { data, isPending, error } = useGetList('specialties', { filter: { active: true }, pagination: { page: 1, perPage: 200 } });
  const bars = (data ?? [])
    .filter((s) => s.examinerCount > 0)
    .sort((a, b) => b.examinerCount - a.examinerCount)
    .slice(0, 10)
    .map((s) => ({ label: s.name, value: s.examinerCount, to: filteredListUrl('examiners', { specialtyCode: s.code }) }));
  return (
    <Widget title="Panel by specialty" to="/specialties" linkText="Taxonomy" loading={isPending} error={error} testId="widget-specialties">
      {bars.length ? <CountsChart bars={bars} horizontal height={Math.max(120, bars.length * 28)} /> : <Typography color="text.secondary">No examiner holds a specialty yet.</Typography>}
    </Widget>
  );
};
