/** The top bar's "Start lesson" button. */

export function StartLesson({ onStart, open }: { onStart: () => void; open: boolean }) {
  return (
    <button type="button" className="start-lesson" onClick={onStart} aria-expanded={open}>
      Start lesson
    </button>
  );
}
