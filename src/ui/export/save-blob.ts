/** Saving a Blob as a file (sequences, weights, figures) through a temporary <a download>. */

/** Offers `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked a moment later: some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
