/**
 * The cell diagram: the chosen cell at step t drawn like the textbook picture, every vector a
 * stack of per-unit valves with the core's values. Moving between steps animates the flow in
 * sub-steps (inputs → gates → memory update → output). Each gate a reader may force is a button
 * over its symbol that opens the gate's dialog beside it.
 */
import { useId, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { FORCEABLE, perKind } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { ExportControl } from '../export/ExportControl';
import { GateDialog } from '../gates/GateDialog';
import { CELL_UI, MODEL_NAMES } from '../cell-kinds';
import { useWidth } from '../use-width';
import { GateButtons } from './GateButtons';
import { drawing } from './lecture-names';
import { VIEW, type VectorNode } from './nodes';
import { WirePath, Op } from './parts';
import { describe } from './readout';
import { Stack } from './Stack';
import { ValveCanvas } from './ValveCanvas';
import { stackTop } from './valves';
import { StageBar } from './StageBar';
import { useGateDialog } from './use-gate-dialog';
import { DONE, useSubsteps } from './use-substeps';
import './diagram.css';

const drawings = (lecture: boolean) =>
  perKind((k) => drawing(CELL_UI[k].layout, CELL_UI[k].lecture, lecture));
/** Built once, so the stacks' memo holds from step to step. */
const DRAWINGS = { plain: drawings(false), lecture: drawings(true) };
/** Below this figure width (px) the plain labels would be under 12 px: draw the large ones. */
const LARGE_BELOW = 600;

const selectTrace = (s: LabStore) => s.trace;
const selectLearned = (s: LabStore) => s.baseline?.trace ?? null;
const selectUnit = (s: LabStore) => s.unit;
const selectSetUnit = (s: LabStore) => s.setUnit;
const selectLecture = (s: LabStore) => s.lecture;

export function CellDiagram() {
  const trace = useLab(selectTrace);
  const learned = useLab(selectLearned);
  const t = useLab(selectStep);
  const unit = useLab(selectUnit);
  const setUnit = useLab(selectSetUnit);
  const lecture = useLab(selectLecture);
  const substeps = useSubsteps();
  const { stage } = substeps;
  const [probe, setProbe] = useState<{ id: string; row: number } | null>(null);
  const [width, box] = useWidth(VIEW.width);
  const dialogId = useId();
  const dialog = useGateDialog(trace?.kind ?? null);

  if (!trace) return <p>Loading the model…</p>;
  const { layout, captions } = CELL_UI[trace.kind];
  // a narrow figure (a phone) takes lecture mode's large labels, placed where they have room, so
  // no text is under 12 px on screen
  const large = lecture || width < LARGE_BELOW;
  const drawn = DRAWINGS[large ? 'lecture' : 'plain'][trace.kind];
  const { rows } = drawn;
  const probed = layout.nodes.find((n) => n.id === probe?.id) ?? null;
  const onKey = (node: VectorNode, n: number) => (e: KeyboardEvent<SVGGElement>) => {
    const dir = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const row = Math.max(0, Math.min(n - 1, (probe?.id === node.id ? probe.row : 0) + dir));
    setProbe({ id: node.id, row });
    if (node.scale !== 'input') setUnit(row);
  };

  return (
    <section
      className={`panel diagram ${large && !lecture ? 'large-labels' : ''}`}
      aria-labelledby="diagram-heading"
    >
      <ExportControl name="cell diagram" figure=".diagram-figure" />
      <h2 id="diagram-heading">
        {MODEL_NAMES[trace.kind]} cell at step {t}
      </h2>
      <p className="caption">{captions.diagram}</p>
      <StageBar {...substeps} />
      {/* the frame the gate dialog is placed in (it stays out of the figure the export draws) */}
      <div className="figure-frame">
        <div
          ref={box}
          className="diagram-figure"
          // its width over its height, so the stage can size it to the screen's height
          style={{ '--fig-aspect': VIEW.width / rows.height } as CSSProperties}
        >
          <ValveCanvas
            layout={layout}
            trace={trace}
            learned={learned}
            t={t}
            width={width}
            rows={rows}
          />
          <svg viewBox={`0 ${rows.y} ${VIEW.width} ${rows.height}`} className="diagram-svg">
            <defs>
              <marker
                id="arrow"
                viewBox="0 0 8 8"
                refX="7"
                refY="4"
                markerWidth="8"
                markerHeight="8"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path d="M0,0L8,4L0,8z" className="arrow-head" />
              </marker>
            </defs>
            {drawn.wires.map((w, k) => (
              <WirePath
                key={k}
                wire={w}
                dim={w.stage > stage}
                flowing={stage < DONE && w.stage === stage}
              />
            ))}
            {layout.ops.map((op) => (
              <Op key={op.id} op={op} dim={op.stage > stage} />
            ))}
            {layout.nodes.map((node) => {
              const values = node.values(trace, t);
              const was = learned && node.values(learned, t);
              const row = probe?.id === node.id ? probe.row : node.scale === 'input' ? -1 : unit;
              return (
                <Stack
                  key={node.id}
                  x={node.x}
                  y={stackTop(node)}
                  values={values}
                  symbol={node.symbol}
                  name={drawn.names.get(node.id)!}
                  unit={row}
                  dim={node.stage > stage}
                  label={`${node.name}: ${describe(node, values, Math.max(row, 0), t, was)}`}
                  onProbe={(j) => {
                    setProbe({ id: node.id, row: j });
                    if (node.scale !== 'input') setUnit(j);
                  }}
                  onKey={onKey(node, values.length)}
                />
              );
            })}
          </svg>
          <GateButtons
            layout={layout}
            gates={FORCEABLE[trace.kind]}
            rows={rows}
            dialogId={dialogId}
            dialog={dialog}
          />
        </div>
        {dialog.open && (
          <GateDialog
            id={dialogId}
            gate={dialog.open}
            anchor={dialog.anchor}
            onClose={dialog.close}
          />
        )}
      </div>
      <p className="probe" aria-live="polite">
        {probed
          ? describe(
              probed,
              probed.values(trace, t),
              probe!.row,
              t,
              learned && probed.values(learned, t),
            )
          : 'Hover over or focus a stack (Tab, then ↑/↓) to read each unit’s value.'}
      </p>
    </section>
  );
}
