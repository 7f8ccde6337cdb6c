/**
 * A plain SVG bar chart: no chart library (see architecture, "Weight"). It is one image to
 * assistive technology (role="img" with a summary as its name); the page shows the same numbers
 * as a data table, which is the accessible alternative.
 */
export interface BarDatum {
  key: string;
  /** Axis label, e.g. a short month name. */
  label: string;
  /** Height of the bar; null draws no bar. */
  value: number | null;
  /** Text over the value, or instead of the bar when there is none (e.g. "< 5"). */
  valueText: string;
}

export interface BarChartProps {
  data: readonly BarDatum[];
  /** The accessible name: what the chart shows and what it says. */
  label: string;
  formatTick: (value: number) => string;
}

const width = 640;
const height = 260;
const margin = { top: 24, right: 8, bottom: 32, left: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

// Colours from the design tokens (AA contrast on white is tested there), with fallbacks.
const colours = {
  bar: 'var(--lx-color-brand, #005587)',
  text: 'var(--lx-color-text, #1b1f24)',
  muted: 'var(--lx-color-text-muted, #4f5b66)',
  grid: 'var(--lx-color-border-subtle, #d5dbe1)',
  axis: 'var(--lx-color-border, #6b7580)',
};

/** 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}

export function BarChart({ data, label, formatTick }: BarChartProps) {
  const max = niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const ticks = [0, max / 2, max].filter((tick) => Number.isInteger(tick));
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.min(56, slot * 0.6);
  const font = { fontFamily: 'inherit', fontSize: 14 };
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      focusable="false"
      style={{ display: 'block', maxWidth: '40rem', height: 'auto' }}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} style={{ stroke: tick === 0 ? colours.axis : colours.grid }} />
          <text x={margin.left - 8} y={y(tick)} dy="0.35em" textAnchor="end" style={{ ...font, fill: colours.muted }}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const centre = margin.left + slot * i + slot / 2;
        const top = d.value === null ? y(0) : y(d.value);
        return (
          <g key={d.key}>
            {d.value !== null && <rect x={centre - barWidth / 2} y={top} width={barWidth} height={y(0) - top} style={{ fill: colours.bar }} />}
            <text x={centre} y={top - 6} textAnchor="middle" style={{ ...font, fill: d.value === null ? colours.muted : colours.text }}>
              {d.valueText}
            </text>
            <text x={centre} y={height - margin.bottom + 20} textAnchor="middle" style={{ ...font, fill: colours.text }}>
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
