/**
 * A panel that mounts — and so runs its work: BPTT for three models, a canvas per heatmap — only
 * when it comes near the viewport, when `force` asks for it (the lesson points at it, a link
 * named it), or when keyboard focus reaches it. Until then a light placeholder keeps the panel's
 * place: its heading (so the page's outline, `getByRole('heading')` and scrolling to it work) and
 * its rough height (so the scroll position holds when it mounts). Once mounted it stays mounted.
 */
import {
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { useNearViewport } from './use-near-viewport';

interface Props {
  /** the panel's id: the placeholder carries it as data-deferred */
  id: string;
  /** the panel's heading, exactly as the panel prints it */
  title: string;
  /** what the placeholder's button calls it ("Show gate controls"); the title in lower case if none */
  name?: string;
  /** the height to reserve until the panel mounts, px (or any CSS length) */
  minHeight: number | string;
  /** mount now, whether near or not */
  force?: boolean;
  /**
   * false while what is above it is still settling (the models loading: the panels above are
   * short then, and every panel would come near for a moment); it watches the viewport from when
   * this turns true
   */
  watch?: boolean;
  /** renders the panel; called only once it is to be shown */
  children: () => ReactNode;
}

/** What keyboard focus can land on, to move it into the panel that mounted under it. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

// no box of its own: the panel lays out as if the wrapper were not there
const CONTENTS: CSSProperties = { display: 'contents' };

export function Deferred(props: Props) {
  const { id, title, name, minHeight, force = false, watch = true, children } = props;
  const [placeholder, near] = useNearViewport<HTMLElement>(watch);
  const wrapper = useRef<HTMLDivElement>(null);
  const [asked, setAsked] = useState(false);
  // sticky: once shown, a panel stays (an update during render, React's "adjust state" pattern)
  const [shown, setShown] = useState(false);
  if (!shown && (near || force || asked)) setShown(true);
  // tabbing onto the placeholder's button mounts the panel; focus then moves into the panel once
  // its code has loaded and it is on the page
  const focusAfterMount = useRef(false);
  const mounted = () => {
    if (!focusAfterMount.current) return;
    focusAfterMount.current = false;
    wrapper.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  };
  const ask = () => {
    focusAfterMount.current = true;
    setAsked(true);
  };
  const held = { id, title, name, minHeight, ask };
  return (
    <div ref={wrapper} style={CONTENTS}>
      {shown ? (
        // while its code loads the panel keeps its placeholder
        <Suspense fallback={<Placeholder {...held} />}>
          {children()}
          <OnMount run={mounted} />
        </Suspense>
      ) : (
        <Placeholder {...held} box={placeholder} />
      )}
    </div>
  );
}

/** Runs `run` once, when it commits: after everything before it in its Suspense boundary. */
function OnMount({ run }: { run: () => void }) {
  const once = useRef(run);
  useEffect(() => once.current(), []);
  return null;
}

/** A panel's place until it mounts: its heading and a button that shows it. */
function Placeholder(props: {
  id: string;
  title: string;
  name?: string;
  minHeight: number | string;
  ask: () => void;
  box?: Ref<HTMLElement>;
}) {
  const { id, title, name, minHeight, ask, box } = props;
  const headingId = useId();
  return (
    <section
      ref={box}
      className="panel deferred"
      aria-labelledby={headingId}
      data-deferred={id}
      style={{ minHeight }}
    >
      <h2 id={headingId}>{title}</h2>
      <button type="button" onClick={ask} onFocus={ask}>
        Show {name ?? title.toLowerCase()}
      </button>
    </section>
  );
}
