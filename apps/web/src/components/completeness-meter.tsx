import { Label, Meter } from 'react-aria-components';

/**
 * How much of a profile is filled in: a bar and its percentage ("75 %" in the UI language). The
 * label is visible, or only spoken (`labelHidden`) where a table column already says what it is.
 */
export function CompletenessMeter({
  value,
  label,
  labelHidden = false,
  className,
}: {
  value: number;
  label: string;
  labelHidden?: boolean;
  className?: string;
}) {
  const complete = value >= 100;
  return (
    <Meter
      value={value}
      aria-label={labelHidden ? label : undefined}
      className={['meter', complete ? 'meter-complete' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      {({ percentage, valueText }) => (
        <>
          {labelHidden ? null : <Label className="meter-label">{label}</Label>}
          <span className="meter-value">{valueText}</span>
          <span className="meter-track" aria-hidden="true">
            <span className="meter-fill" style={{ width: `${percentage}%` }} />
          </span>
        </>
      )}
    </Meter>
  );
}
