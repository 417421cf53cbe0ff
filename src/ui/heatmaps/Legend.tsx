/**
 * A heatmap's colour legend: a gradient bar sampled from the series' scale, its ends (and, for
 * signed scales, its white middle) labelled, and the range said in words for assistive tech.
 */
import { format } from 'd3-format';
import { range } from 'd3-array';
import { useId } from 'react';
import type { SeriesName } from '../names';
import { SERIES } from '../names';
import { colorOf, domainOf } from '../scales';

const STOPS = 11;
const fmtPlain = format('');
const fmtSigned = format('+');

/** The legend's words and end labels for a series, from its scale's domain. */
export function legendText(s: SeriesName): { label: string; ends: [string, string] } {
  const [lo, hi] = domainOf(s);
  if (SERIES[s].range === 'gate') {
    const ends: [string, string] = [fmtPlain(lo), fmtPlain(hi)];
    return { label: `Colour scale from ${ends[0]} (shut) to ${ends[1]} (open)`, ends };
  }
  const ends: [string, string] = [fmtSigned(lo), fmtSigned(hi)];
  const beyond = s === 'c' ? `; values beyond ±${fmtPlain(hi)} drawn at the ends` : '';
  return { label: `Colour scale from ${ends[0]} to ${ends[1]}, white at 0${beyond}`, ends };
}

export function Legend({ series }: { series: SeriesName }) {
  const gradientId = useId();
  const color = colorOf(series);
  const [lo, hi] = domainOf(series);
  const { label, ends } = legendText(series);
  const stops = range(STOPS).map((k) => ({
    offset: `${(100 * k) / (STOPS - 1)}%`,
    color: color(lo + ((hi - lo) * k) / (STOPS - 1)),
  }));
  return (
    <div className="heatmap-legend" role="img" aria-label={label}>
      <span aria-hidden="true">{ends[0]}</span>
      <svg className="heatmap-legend-bar" viewBox="0 0 100 10" preserveAspectRatio="none">
        <defs>
          <linearGradient id={gradientId}>
            {stops.map((s) => (
              <stop key={s.offset} offset={s.offset} stopColor={s.color} />
            ))}
          </linearGradient>
        </defs>
        <rect width={100} height={10} fill={`url(#${gradientId})`} />
      </svg>
      <span aria-hidden="true">{ends[1]}</span>
      {series === 'c' && <span className="heatmap-legend-note">beyond ±1 at the ends</span>}
    </div>
  );
}
