/**
 * "Edit the sequence": change, insert and delete readings at the cursor, undo and redo, files in
 * and out, and the comparison with the original — the what-if of the data rather than the gates.
 */
import { CompareOriginal } from './CompareOriginal';
import { EditButtons } from './EditButtons';
import { FileButtons } from './FileButtons';
import { ReadingFields } from './ReadingFields';
import './editor.css';

export function SequenceEditor() {
  return (
    <section className="panel sequence-editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Edit the sequence</h2>
      <p className="caption">
        Edits act on the reading at the cursor: pick one on the timeline or with ← →. On the
        timeline, drag the round handle on its bar up or down to change its magnitude. Delete the
        wobble and see whether the model still expects a jam.
      </p>
      <ReadingFields />
      <EditButtons />
      <FileButtons />
      <CompareOriginal />
    </section>
  );
}
