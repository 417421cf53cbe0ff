/** A symbol with its subscript, as the equations write it: c with t−1 below. */
export function Sym({ x, y, symbol }: { x: number; y: number; symbol: readonly [string, string] }) {
  const [base, sub] = symbol;
  return (
    <text x={x} y={y} textAnchor="middle" className="symbol">
      {base}
      <tspan baselineShift="sub" fontSize="70%">
        {sub}
      </tspan>
    </text>
  );
}
