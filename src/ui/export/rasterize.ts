/** SVG markup to PNG: the browser draws it on a canvas at `scale`× and encodes the pixels. */

/** The width and height the markup's root <svg> declares. */
export function svgSize(markup: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  return {
    width: Number(root.getAttribute('width')) || 0,
    height: Number(root.getAttribute('height')) || 0,
  };
}

/** A PNG of the SVG markup at `scale`× its declared size. */
export async function svgToPng(markup: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(markup);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas to draw the PNG on');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
