import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router';

export interface ChartBar {
  label: string;
  value: number;
  /** Where clicking the bar leads: the list filtered to what the bar counts. */
  to: string;
  colour?: string;
}

/** A small bar chart whose bars are links to the filtered lists they count. */
export const CountsChart = ({ bars, height = 200, horizontal = false }: { bars: ChartBar[]; height?: number; horizontal?: boolean }) => {
  const navigate = useNavigate();
  const open = (entry: unknown) => {
    const to = (entry as { payload?: ChartBar })?.payload?.to ?? (entry as ChartBar)?.to;
    if (to) navigate(to);
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={bars} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 5, right: 10, bottom: 5, left: horizontal ? 10 : -20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis allowDecimals={false} />
          </>
        )}
        <Tooltip />
        <Bar dataKey="value" name="Count" onClick={open} cursor="pointer" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.label} fill={bar.colour ?? '#1976d2'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
