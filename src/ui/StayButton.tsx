/**
 * A button that a press can bring to its own end (Step forward at the last step, Undo with nothing
 * left to undo). When it cannot act it says so with aria-disabled rather than disabled, so it stays
 * focusable: the keyboard user who pressed it keeps their place instead of being dropped to the
 * page, and hears that it is unavailable.
 */
import type { ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'type'> & {
  /** it can act now (false: announced as unavailable, and a press does nothing) */
  enabled: boolean;
};

export function StayButton({ enabled, onClick, ...rest }: Props) {
  return (
    <button
      type="button"
      {...rest}
      aria-disabled={enabled ? undefined : true}
      onClick={enabled ? onClick : undefined}
    />
  );
}
