import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useLang } from '../lib/useLang';
import { termOptions, type Vocab } from '../lib/vocab';

interface Option<V extends string> {
  value: V;
  label: string;
}

/** The <option>s of a <select>. */
export function Options<V extends string>({ options }: { options: Option<V>[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/**
 * A <select> over a vocabulary (tiers, kinds, channels…), labelled in the UI language. `empty`
 * adds a first option with the value "" (no filter, or "follow the default").
 */
export function TermSelect<V extends string>({
  terms,
  value,
  onValue,
  empty,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  // Not `vocab`: that is an HTML attribute (RDFa) a <select> already takes.
  terms: Vocab<Exclude<V, ''>>;
  value: V;
  onValue: (v: V) => void;
  empty?: ReactNode;
}) {
  const lang = useLang();
  return (
    <select {...select} value={value} onChange={(e) => onValue(e.target.value as V)}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      <Options options={termOptions(terms, lang)} />
    </select>
  );
}

/**
 * One choice out of a few, all in view: radio buttons under a legend, drawn as a segmented
 * control. `children` come after the options (a hint on the current choice).
 */
export function Segmented<V extends string>({
  legend,
  name,
  value,
  onValue,
  options,
  className,
  optionClassName,
  children,
}: {
  legend: string;
  name: string;
  value: V;
  onValue: (v: V) => void;
  options: Option<V>[];
  className?: string;
  optionClassName?: (v: V) => string;
  children?: ReactNode;
}) {
  return (
    <fieldset className={`field segmented${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label
            key={o.value}
            className={`segmented-option${optionClassName ? ` ${optionClassName(o.value)}` : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onValue(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
