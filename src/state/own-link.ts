/**
 * The links this tab left in its address bar as it went away, kept for the tab (sessionStorage
 * survives a reload, not a new tab), with the save it left. The address bar follows the view
 * 300 ms late, and a reload opens the URL the page had when it was asked for, not one written
 * while leaving. So when a page opens on a link this very tab left, and the save is still the one
 * it wrote then, that save is newer than the link: its view wins. A link from anywhere else, or a
 * save another tab wrote since, leaves the link to win as always.
 */
import { getItem } from './local';
import { SAVE_KEY } from './save';

const KEY = 'gate-lab:own-links';

const area = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

/** The link inside the stored save, or null. */
function savedLink(): string | null {
  try {
    const link = (JSON.parse(getItem(SAVE_KEY) ?? 'null') as { link?: unknown } | null)?.link;
    return typeof link === 'string' ? link : null;
  } catch {
    return null;
  }
}

/**
 * Records the links this tab leaves (the one a reload opens, the one written last), if the stored
 * save holds this tab's view as it leaves (`view`: the view's link as the save writes it). A save
 * another tab wrote over it is not this tab's: then nothing is recorded and the link wins.
 */
export function leaveLinks(links: readonly string[], view: string): void {
  try {
    const save = savedLink();
    if (save === view) area()?.setItem(KEY, JSON.stringify({ links, save }));
    else area()?.removeItem(KEY);
  } catch {
    // no session storage: a reload then opens the address bar's link, the edit put aside
  }
}

/** Whether `hash` is a link this tab left over the save it left; forgets them (one answer). */
export function takeOwnLink(hash: string): boolean {
  try {
    const s = area();
    const left = JSON.parse(s?.getItem(KEY) ?? 'null') as { links?: unknown; save?: unknown } | null; // prettier-ignore
    s?.removeItem(KEY);
    const save = savedLink();
    return (
      hash !== '' &&
      Array.isArray(left?.links) &&
      left.links.includes(hash) &&
      save !== null &&
      left.save === save
    );
  } catch {
    return false;
  }
}
