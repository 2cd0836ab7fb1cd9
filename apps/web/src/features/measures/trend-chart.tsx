import type { SeverityBand } from '../../gql/graphql';

const BAND_FILL: Record<SeverityBand, string> = {
  MINIMAL: '#e6f4ea',
  MILD: '#fdf6d8',
  MODERATE: '#fde8cf',
  MODERATELY_SEVERE: '#fbd9d0',
  SEVERE: '#f6c9c9',
};

export interface TrendPoint {
  administeredAt: string;
  totalScore: number | null;
}

interface TrendChartProps {
  title: string;
  maxTotal: number;
  bands: readonly { band: SeverityBand; label: string; min: number; max: number }[];
  points: readonly TrendPoint[];
}

const W = 320;
const H = 160;
const PAD = { left: 28, right: 8, top: 8, bottom: 20 };

/**
 * A measure's totals over time on its severity bands: plain SVG (no chart library in the first
 * load), scaled by the viewBox so it fits any width without overflow. Incomplete administrations
 * have no total and are left out of the line.
 */
export function TrendChart({ title, maxTotal, bands, points }: TrendChartProps) {
  const scored = points.filter(
    (p): p is TrendPoint & { totalScore: number } => p.totalScore !== null,
  );
  const times = scored.map((p) => Date.parse(p.administeredAt));
  const first = Math.min(...times);
  const span = Math.max(Math.max(...times) - first, 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (t: number) =>
    PAD.left + (scored.length === 1 ? plotW / 2 : ((t - first) / span) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / maxTotal) * plotH;
  const summary = scored.map((p) => `${p.administeredAt.slice(0, 10)}: ${p.totalScore}`).join(', ');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={`${title} totals over time: ${summary || 'no complete administrations yet'}`}
      data-testid="measure-trend-chart"
      style={{ display: 'block', maxWidth: 560 }}
    >
      {bands.map((b) => (
        <g key={b.band}>
          <rect
            x={PAD.left}
            width={plotW}
            y={y(Math.min(b.max + 1, maxTotal))}
            height={y(b.min) - y(Math.min(b.max + 1, maxTotal))}
            fill={BAND_FILL[b.band]}
          />
          <text x={PAD.left + 4} y={y(b.min) - 3} fontSize={8} fill="#495057">
            {b.label}
          </text>
        </g>
      ))}
      {[0, maxTotal].map((v) => (
        <text key={v} x={PAD.left - 4} y={y(v) + 3} fontSize={9} textAnchor="end" fill="#495057">
          {v}
        </text>
      ))}
      {scored.length > 1 && (
        <polyline
          fill="none"
          stroke="#1c4f82"
          strokeWidth={2}
          points={scored.map((p, i) => `${x(times[i]!)},${y(p.totalScore)}`).join(' ')}
        />
      )}
      {scored.map((p, i) => (
        <circle key={i} cx={x(times[i]!)} cy={y(p.totalScore)} r={3.5} fill="#1c4f82" />
      ))}
    </svg>
  );
}
