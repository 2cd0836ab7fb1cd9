import '@mantine/charts/styles.css';
import { LineChart, Sparkline } from '@mantine/charts';
import { shortDate } from './review-clock';
import type { RatingPoint } from './progress';

/** The ratings' shape at a glance: a few pixels beside the latest rating. */
export function RatingSparkline({ points }: { points: readonly RatingPoint[] }) {
  if (points.length < 2) return null;
  return (
    <Sparkline
      w={96}
      h={28}
      data={points.map((p) => p.rating)}
      curveType="monotone"
      color="teal"
      fillOpacity={0.25}
      strokeWidth={1.6}
      // A picture with a name: aria-label alone is not allowed on a plain div.
      role="img"
      aria-label={`Ratings over time: ${points.map((p) => p.rating).join(', ')}`}
      data-testid="progress-sparkline"
    />
  );
}

/** Ratings over time with their dates, on the fixed 0–10 scale so goals compare. */
export function RatingChart({ points, today }: { points: readonly RatingPoint[]; today: string }) {
  if (points.length === 0) return null;
  return (
    <LineChart
      h={160}
      data={points.map((p) => ({ date: shortDate(p.recordedOn, today), rating: p.rating }))}
      dataKey="date"
      series={[{ name: 'rating', label: 'Rating', color: 'teal.6' }]}
      curveType="monotone"
      yAxisProps={{ domain: [0, 10], ticks: [0, 5, 10], width: 24 }}
      gridAxis="y"
      withDots
      valueFormatter={(v) => `${v}/10`}
      data-testid="progress-chart"
    />
  );
}
