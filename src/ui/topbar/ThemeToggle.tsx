/** The "Dark theme" toggle button: pressed while the dark theme shows; the choice is kept. */
import { setTheme, useTheme } from '../theme';

export function ThemeToggle() {
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle icon-button"
      aria-pressed={dark}
      aria-label="Dark theme"
      title="Dark theme"
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        {/* a crescent moon: a disc less an offset disc */}
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
      </svg>
    </button>
  );
}
