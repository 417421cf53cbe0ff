/**
 * A panel's "SVG" / "PNG" export buttons ("Export <name> as SVG"): the figure under the panel's
 * `figure` element becomes one standalone SVG, or a PNG of it at 2×, for slides.
 */
import { useState, type MouseEvent } from 'react';
import { browserEnv, composeSvg } from './compose-svg';
import { svgToPng } from './rasterize';
import { saveBlob } from './save-blob';
import './export.css';

interface Props {
  /** the panel's name in the buttons' accessible names, e.g. "timeline" */
  name: string;
  /** selector, within the panel's <section>, of the element holding the figure */
  figure: string;
}

/** The panel's figure root, found from the clicked button. */
function figureOf(button: Element, figure: string): Element | null {
  return button.closest('section')?.querySelector(figure) ?? null;
}

/** A file name from a panel name: "gradient flow" → "gate-lab-gradient-flow". */
export const fileStem = (name: string) =>
  `gate-lab-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export function ExportControl({ name, figure }: Props) {
  const [error, setError] = useState<string | null>(null);
  const save = (format: 'svg' | 'png') => async (e: MouseEvent<HTMLButtonElement>) => {
    setError(null);
    const root = figureOf(e.currentTarget, figure);
    if (!root) return setError(`Nothing to export: the ${name} is not drawn yet.`);
    try {
      const markup = composeSvg(root, `Gate Lab: ${name}`, browserEnv());
      const blob =
        format === 'svg'
          ? new Blob([markup], { type: 'image/svg+xml' })
          : await svgToPng(markup, 2);
      saveBlob(blob, `${fileStem(name)}.${format}`);
    } catch (err) {
      setError(`The ${name} could not be exported: ${(err as Error).message}`);
    }
  };
  return (
    <div className="export-control" role="group" aria-label={`Export ${name}`}>
      <button type="button" aria-label={`Export ${name} as SVG`} onClick={save('svg')}>
        SVG
      </button>
      <button type="button" aria-label={`Export ${name} as PNG`} onClick={save('png')}>
        PNG
      </button>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
