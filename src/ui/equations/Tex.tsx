/** An equation typeset by KaTeX once it has loaded, and in plain text until then. */
import { useLayoutEffect, useRef } from 'react';
import { useKatex } from './use-katex';

interface TexProps {
  /** the equation in TeX */
  tex: string;
  /** the same equation in plain text */
  plain: string;
}

export function Tex({ tex, plain }: TexProps) {
  const k = useKatex();
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    // KaTeX writes into a node React renders empty, so React never reconciles its children
    if (k && ref.current)
      k.render(tex, ref.current, { throwOnError: false, output: 'htmlAndMathml' });
  }, [k, tex]);
  return k ? (
    <span key="tex" ref={ref} className="eq-tex" />
  ) : (
    <span key="plain" className="eq-plain">
      {plain}
    </span>
  );
}
