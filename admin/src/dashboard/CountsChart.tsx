import { Box } from '@mui/material';
import type { KeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router';

export interface ChartBar {
  label: string;
  value: number;
  /** Where clicking the bar leads: the list filtered to what the bar counts. */
  to: string;
  colour?: string;
}

/**
 * One bar, drawn as a link: in the tab order, named "<label>: <count>" for screen readers, opened with Enter or
 * Space as with a click (WCAG 2.1.1 Keyboard, 1.1.1 Non-text content).
 */
const LinkBar = (props: { x?: number; y?: number; width?: number; height?: number; fill?: string; payload?: ChartBar; open(bar: ChartBar): void }) => {
  const { x = 0, y = 0, width = 0, height = 0, fill, payload, open } = props;
  if (!payload) return null;
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(payload);
  };
  return (
    <rect
      x={x}
      y={y}
      // A zero count keeps a sliver, so that its bar can still be reached and read.
      width={Math.max(width, 2)}
      height={Math.max(height, 2)}
      fill={fill}
      tabIndex={0}
      role="link"
      aria-label={`${payload.label}: ${payload.value}`}
      className="counts-chart-bar"
      onClick={() => open(payload)}
      onKeyDown={onKeyDown}
      cursor="pointer"
    />
  );
};

/** A small bar chart whose bars are links to the filtered lists they count. */
export const CountsChart = ({ bars, height = 200, horizontal = false }: { bars: ChartBar[]; height?: number; horizontal?: boolean }) => {
  const navigate = useNavigate();
  const open = (bar: ChartBar) => navigate(bar.to);
  return (
    <Box sx={{ '& .counts-chart-bar:focus-visible': { outline: '3px solid', outlineColor: 'text.primary', outlineOffset: 1 } }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 5, right: 10, bottom: 5, left: horizontal ? 10 : -20 }} accessibilityLayer={false}>
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
          <Bar dataKey="value" name="Count" isAnimationActive={false} shape={(shape: object) => <LinkBar {...shape} open={open} />}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.colour ?? '#1976d2'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};
