import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { PersonSummary } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';
import '../../styles/connector-common.css';

export interface PickedPerson {
  id: number;
  name: string;
}

const LIMIT = 8;

function detail(p: PersonSummary): string {
  return [p.nameLatin, p.company, p.city].filter(Boolean).join(' · ');
}

/**
 * Choose one person by typing a name, pinyin or initials: a combobox over the people search.
 * Once chosen, the person shows as a chip with a "change" button.
 */
export function PersonPicker({
  label,
  hint,
  value,
  onValue,
  error,
  exclude,
  inputRef,
}: {
  label: string;
  hint?: string | undefined;
  value: PickedPerson | null;
  onValue: (p: PickedPerson | null) => void;
  error?: string | undefined;
  /** Someone already chosen elsewhere in the form (the other side of an introduction). */
  exclude?: number | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const changeRef = useRef<HTMLButtonElement>(null);
  const ownInput = useRef<HTMLInputElement | null>(null);
  const typed = useDebounced(text.trim(), 150);

  const people = useQuery({
    queryKey: keys.people({ search: typed, limit: LIMIT }),
    queryFn: () => api.people({ search: typed, limit: LIMIT }),
    enabled: typed !== '' && value === null,
    placeholderData: keepPreviousData,
  });
  const options = (typed ? (people.data ?? []) : []).filter((p) => p.id !== exclude);
  const showList = open && options.length > 0;
  const noMatch = open && typed !== '' && people.isSuccess && options.length === 0;

  const describedBy =
    [hint && !value ? `${id}-hint` : '', error ? `${id}-error` : '', noMatch ? `${id}-none` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const choose = (p: PersonSummary) => {
    onValue({ id: p.id, name: p.name });
    setText('');
    setOpen(false);
    // The input goes away; focus moves to the chip's button so the keyboard stays in the form.
    focusIfLost(changeRef);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const n = options.length;
      if (n > 0) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      const p = options[active];
      if (showList && p) {
        e.preventDefault();
        choose(p);
      }
    } else if (e.key === 'Escape' && showList) {
      // Close the list only; the dialog stays open.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className={`field person-picker${error ? ' has-error' : ''}`}>
      {value ? (
        <span className="label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label htmlFor={`${id}-input`} id={`${id}-label`}>
          {label}
        </label>
      )}
      {value ? (
        <div className="picked-person" role="group" aria-labelledby={`${id}-label`}>
          <span className="picked-name" id={`${id}-picked`}>
            {value.name}
          </span>
          <button
            ref={changeRef}
            type="button"
            className="button button-small button-ghost"
            aria-describedby={`${id}-picked`}
            onClick={() => {
              onValue(null);
              focusIfLost(ownInput);
            }}
          >
            {t('intro.picker.change')}
          </button>
        </div>
      ) : (
        <div className="picker-box">
          <input
            ref={(el) => {
              ownInput.current = el;
              if (typeof inputRef === 'function') inputRef(el);
              else if (inputRef) inputRef.current = el;
            }}
            id={`${id}-input`}
            type="text"
            role="combobox"
            autoComplete="off"
            maxLength={200}
            aria-expanded={showList}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            placeholder={t('intro.picker.placeholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKey}
          />
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-labelledby={`${id}-label`}
            className="picker-list"
            hidden={!showList}
          >
            {options.map((p, i) => (
              <li
                key={p.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className="picker-option"
                // mousedown, not click: the input would lose focus (and close the list) first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(p);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="picker-option-name">{p.name}</span>
                {detail(p) ? <span className="picker-option-detail">{detail(p)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {noMatch ? (
        <p id={`${id}-none`} className="hint" role="status">
          {t('intro.picker.none', { text: typed })}
        </p>
      ) : null}
      {hint && !value ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * After the focused element went away, focus this one on the next frame — unless the user has
 * moved on meanwhile (clicked or typed into the next field): taking focus back would close what
 * they opened there.
 */
function focusIfLost(ref: { current: HTMLElement | null }): void {
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now === null || now === document.body) ref.current?.focus();
  });
}
