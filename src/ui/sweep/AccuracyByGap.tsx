/**
 * "Accuracy by gap": held-out accuracy against the gap, one line per design through its mean over
 * seeds, with a band from its worst to its best seed and a dashed line at 75%. The gap axis is
 * logarithmic (5 … 80 doubles at each step). Under it, the same numbers as a table, for reading
 * and for screen readers. d3 computes the scales and paths; React draws every element.
 */
import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { useId } from 'react';
import { BROKEN, type GapBand } from '../../sim/sweep';
import type { Design } from '../../sim/variant';
import { designName, designShort, designStyle } from '../training/designs';
import { useWidth } from '../use-width';

const HEIGHT = 230;
const MARGIN = { top: 12, right: 16, bottom: 38, left: 46 } as const;
const pct = format('.0%');

interface Props {
  bands: readonly GapBand[];
  /** the designs swept, in the legend's order */
  kinds: readonly string[];
  /** every gap swept (the axis spans them before their runs are in) */
  gaps: readonly number[];
}

export function AccuracyByGap({ bands, kinds, gaps }: Props) {
  const captionId = useId();
  const [width, ref] = useWidth(640);
  const [lo, hi] = [Math.min(...gaps), Math.max(...gaps)];
  const x = (lo === hi ? scaleLinear().domain([lo - 1, hi + 1]) : scaleLog().domain([lo, hi]))
    .range([MARGIN.left + 8, Math.max(MARGIN.left + 9, width - MARGIN.right - 8)]);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const mean = line<GapBand>().x((b) => x(b.gap)).y((b) => y(b.mean));
  const band = area<GapBand>().x((b) => x(b.gap)).y0((b) => y(b.min)).y1((b) => y(b.max));
  const of = (k: string) => bands.filter((b) => b.kind === k);
  return (
    <div className="gap-figure" ref={ref}>
      <figure aria-labelledby={captionId}>
        <figcaption id={captionId}>Accuracy by gap</figcaption>
        <ul className="train-legend" aria-label="Lines">
          {kinds.map((k) => (
            <li key={k}>
              <svg width={28} height={10} aria-hidden="true">
                <line x1={1} x2={27} y1={5} y2={5} style={{ stroke: designStyle(k as Design).color }} strokeWidth={2.5} strokeDasharray={designStyle(k as Design).dash} />
              </svg>
              {designName(k as Design)}
            </li>
          ))}
        </ul>
        <svg width={width} height={HEIGHT} role="img" aria-label="Held-out accuracy of each model against the gap, mean over seeds with the range between the worst and the best seed">
          <g className="axis" aria-hidden="true">
            {[0, 0.25, 0.5, 0.75, 1].map((v) => (
              <g key={v} transform={`translate(0, ${y(v)})`}>
                <line className="grid" x1={MARGIN.left} x2={width - MARGIN.right} />
                <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end">{pct(v)}</text>
              </g>
            ))}
            {gaps.map((g) => (
              <g key={g} transform={`translate(${x(g)}, ${HEIGHT - MARGIN.bottom})`}>
                <line y2={5} />
                <text y={8} dy="0.71em" textAnchor="middle">{g}</text>
              </g>
            ))}
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} />
            <text className="axis-label" x={width - MARGIN.right} y={HEIGHT - 2} textAnchor="end">gap (readings from the wobble to the drift)</text>
          </g>
          <line className="gap-bar" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(BROKEN)} y2={y(BROKEN)} />
          {kinds.map((k) => (
            <g key={k} className="gap-series" data-kind={k} style={{ color: designStyle(k as Design).color }}>
              <path className="gap-band" d={band(of(k)) ?? ''} />
              <path className="gap-mean" d={mean(of(k)) ?? ''} strokeDasharray={designStyle(k as Design).dash} />
              {of(k).map((b) => (
                <circle key={b.gap} cx={x(b.gap)} cy={y(b.mean)} r={3.5}>
                  <title>{`${designName(k as Design)}, gap ${b.gap}: ${pct(b.mean)} (${pct(b.min)}–${pct(b.max)} over ${b.seeds} seeds)`}</title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
      </figure>
      <GapTable bands={bands} kinds={kinds} gaps={gaps} />
    </div>
  );
} // prettier-ignore

/** The figure's numbers: a row per design, a column per gap, the mean and the range over seeds. */
function GapTable({ bands, kinds, gaps }: Props) {
  return (
    <div className="compare-designs gap-table">
      <table>
        <caption>Held-out accuracy by gap: mean over seeds (worst–best)</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            {gaps.map((g) => (
              <th key={g} scope="col">
                Gap {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row" style={{ borderLeftColor: designStyle(k as Design).color }}>
                <span className="narrow-sr">{designName(k as Design)}</span>
                <span className="col-short" aria-hidden="true">
                  {designShort(k as Design)}
                </span>
              </th>
              {gaps.map((g) => {
                const b = bands.find((x) => x.kind === k && x.gap === g);
                return (
                  <td key={g} className={b && b.mean < BROKEN ? 'gap-broken' : undefined}>
                    {b ? (
                      <>
                        {pct(b.mean)}
                        {b.min !== b.max && (
                          <span className="gap-range">
                            {' '}
                            ({pct(b.min)}–{pct(b.max)})
                          </span>
                        )}
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
