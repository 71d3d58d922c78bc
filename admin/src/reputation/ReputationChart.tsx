import { Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The composite score's dated snapshots, oldest first, as a line (0–100). */
export const ReputationChart = ({ history }: { history: { takenAt: string; score: number | null }[] }) => {
  const points = history.filter((h) => h.score !== null).map((h) => ({ at: new Date(h.takenAt).toLocaleDateString(), score: Number(h.score!.toFixed(1)) }));
  if (points.length === 0) return <Typography color="text.secondary">No snapshots yet: scores appear after the next refresh.</Typography>;
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="at" />
        <YAxis domain={[0, 100]} />
        <Tooltip />
        <Line type="monotone" dataKey="score" name="Composite score" stroke="#1976d2" strokeWidth={2} dot isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
};
