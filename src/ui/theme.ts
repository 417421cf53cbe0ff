/**
 * The colour theme: the reader's stored choice ('gate-lab:theme' in localStorage), else the
 * system's `prefers-color-scheme`, followed as it changes. Always written to <html> as
 * `data-theme="light" | "dark"`, which is all tokens.css reads; canvas code re-reads the tokens
 * when useTheme() says the theme changed.
 */
import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Where the reader's choice is kept. */
export const THEME_KEY = 'gate-lab:theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark';

/** The reader's stored choice, or null (none, or storage refused). */
export function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return isTheme(v) ? v : null;
  } catch {
    return null;
  }
}

/** The system's preference ('light' where it cannot be asked, as in jsdom). */
const systemTheme = (): Theme =>
  typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';

/** The theme the page shows now. */
export const currentTheme = (): Theme =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

function apply(theme: Theme): void {
  if (document.documentElement.dataset.theme === theme) return;
  document.documentElement.dataset.theme = theme;
  for (const l of listeners) l();
}

/** Shows `theme` and keeps it as the reader's choice. */
export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // storage refused (private mode): the choice holds until the page closes
  }
  apply(theme);
}

/**
 * Sets `data-theme` on <html> now (call before the first render, so nothing paints in the
 * wrong theme) and follows the system's preference while the reader has not chosen. Returns
 * the unsubscribe.
 */
export function initTheme(): () => void {
  apply(storedTheme() ?? systemTheme());
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  const follow = () => {
    if (!storedTheme()) apply(systemTheme());
  };
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The theme shown, re-rendering the caller when it changes (canvas code redraws on it). */
export const useTheme = (): Theme => useSyncExternalStore(subscribe, currentTheme, () => 'light');
