import { useEffect, useId, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { useDebounced } from '../../lib/useDebounced';

/**
 * "Only suggestions for…": a name (or pinyin, initials) with the matching people offered as the
 * browser's own autocomplete list. The server resolves the name, and says so when it is unknown or
 * ambiguous.
 */
export function PersonFilter({ value, onValue }: { value: string; onValue: (v: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const typed = useDebounced(text.trim(), 200);
  useEffect(() => setText(value), [value]);

  const people = useQuery({
    queryKey: keys.people({ search: typed, limit: 8 }),
    queryFn: () => api.people({ search: typed, limit: 8 }),
    enabled: typed !== '' && typed !== value,
    placeholderData: keepPreviousData,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onValue(text.trim());
  };

  return (
    <form className="person-filter" onSubmit={submit}>
      <label htmlFor={`${id}-for`}>{t('connect.match.forLabel')}</label>
      <div className="person-filter-controls">
        <input
          id={`${id}-for`}
          type="text"
          list={`${id}-people`}
          value={text}
          maxLength={200}
          autoComplete="off"
          placeholder={t('connect.match.forPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <datalist id={`${id}-people`}>
          {(people.data ?? []).map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <button type="submit" className="button button-small">
          {t('connect.match.apply')}
        </button>
        {value ? (
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => onValue('')}
          >
            {t('connect.match.clearFilter')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
