/**
 * A control's label in two parts: the words shown, and words only a screen reader hears. The
 * timeline's popover shows the editor's short labels ("Kind", "Delete") under names of its own
 * ("Kind of this reading", "Delete this reading"), so each name is once on the page and still
 * begins with what is shown.
 */
export type Label = readonly [shown: string, heard?: string];

export function LabelText({ label: [shown, heard] }: { label: Label }) {
  return (
    <>
      {shown}
      {/* the space outside the hidden words, where every name computation keeps it */}
      {heard && (
        <>
          {' '}
          <span className="sr-only">{heard}</span>
        </>
      )}
    </>
  );
}
