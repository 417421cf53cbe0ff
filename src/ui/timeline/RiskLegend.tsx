/** The key to the jam-risk row, shown while more than one line is drawn on it. */

const Swatch = ({ kind }: { kind: string }) => (
  <svg width={28} height={10} aria-hidden="true">
    <line x1={1} x2={27} y1={5} y2={5} className={`swatch ${kind}`} />
  </svg>
);

export function RiskLegend({ learned, original }: { learned: boolean; original: boolean }) {
  if (!learned && !original) return null;
  return (
    <ul className="risk-legend" aria-label="Jam-risk lines">
      <li>
        <Swatch kind="now" /> jam risk now
      </li>
      {learned && (
        <li>
          <Swatch kind="learned" /> gates as learned
        </li>
      )}
      {original && (
        <li>
          <Swatch kind="original" /> original sequence
        </li>
      )}
    </ul>
  );
}
