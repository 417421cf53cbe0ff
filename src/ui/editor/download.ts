/** Saving text as a file: a Blob behind an object URL, clicked through a temporary <a download>. */

/** Offers `text` to the browser as a download named `fileName`. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // the click has handed the blob to the browser's download by now
  URL.revokeObjectURL(url);
}
