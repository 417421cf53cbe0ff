/** The diagram's plain parts: wires between nodes and the small operation circles on them. */
import type { OpNode, Wire } from './nodes';

export function WirePath({ wire, dim, flowing }: { wire: Wire; dim: boolean; flowing: boolean }) {
  const [x0, y0, ...rest] = wire.points;
  let d = `M${x0},${y0}`;
  for (let k = 0; k < rest.length; k += 2) d += `L${rest[k]},${rest[k + 1]}`;
  const cls = [
    'wire',
    wire.belt && 'belt',
    wire.recurrent && 'recurrent',
    dim && 'dim',
    flowing && 'flowing',
  ];
  return <path d={d} className={cls.filter(Boolean).join(' ')} markerEnd="url(#arrow)" />;
}

export function Op({ op, dim }: { op: OpNode; dim: boolean }) {
  const r = op.symbol === 'tanh' ? 18 : 12;
  return (
    <g className={`op ${dim ? 'dim' : ''}`}>
      <title>{op.title}</title>
      <circle cx={op.x} cy={op.y} r={r} />
      <text x={op.x} y={op.y + 4.5} textAnchor="middle">
        {op.symbol}
      </text>
    </g>
  );
}
