/** A labelled progress bar (role progressbar, 0 … 100) with its value written beside it. */
export function ProgressBar({
  label,
  percent,
  text,
}: {
  label: string;
  percent: number;
  text: string;
}) {
  const now = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="train-progress">
      <div
        className="train-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={now}
        aria-valuetext={text}
      >
        <div className="train-progress-fill" style={{ transform: `scaleX(${now / 100})` }} />
      </div>
      <span className="train-progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
