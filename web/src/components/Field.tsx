import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Options } from './Choice';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

/** What a control needs to be tied to its label, hint and error. */
export interface ControlWiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A label, a control, an optional hint and an optional error, wired for screen readers: the hint
 * and the error describe the control, and an error marks it invalid. `id` names the control when
 * the caller needs a known one; otherwise one is made.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  className,
  children,
}: FieldProps & { id?: string; children: (control: ControlWiring) => ReactNode }) {
  const madeId = useId();
  const cid = id ?? madeId;
  const describedBy = [hint ? `${cid}-hint` : '', error ? `${cid}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={cid}>{label}</label>
      {children({
        id: cid,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <p id={`${cid}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${cid}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input with an optional hint and error. */
export function TextField({
  value,
  onValue,
  label,
  hint,
  error,
  className,
  ...input
}: FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
    value: string;
    onValue: (v: string) => void;
    ref?: Ref<HTMLInputElement>;
  }) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(wiring) => (
        <input
          {...wiring}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          // Last, so that what a caller sets (an id, a description) wins over the wiring.
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  value,
  onValue,
  rows = 3,
  maxLength,
  placeholder,
  ...field
}: FieldProps & {
  value: string;
  onValue: (v: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
}) {
  return (
    <FieldFrame {...field}>
      {(wiring) => (
        <textarea
          {...wiring}
          value={value}
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField<V extends string>({
  value,
  onValue,
  options,
  ...field
}: FieldProps & {
  value: V;
  onValue: (v: V) => void;
  options: { value: V; label: string }[];
}) {
  return (
    <FieldFrame {...field}>
      {(wiring) => (
        <select {...wiring} value={value} onChange={(e) => onValue(e.target.value as V)}>
          <Options options={options} />
        </select>
      )}
    </FieldFrame>
  );
}
