import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WhoAnswer } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { SearchIcon } from '../../components/Icons';
import { QueryState } from '../../components/QueryState';
import { useWho } from './api';
import { Reasons } from './Reasons';

const EXAMPLES = ['example1', 'example2', 'example3'] as const;

/**
 * "Who can help?": a question in the user's words (Chinese or English), answered with the people
 * whose offers, skills or city fit, each with the reasons. The question lives in the address, so
 * a reload or a link keeps it.
 */
export function WhoCanHelp({ q, onAsk }: { q: string; onAsk: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(q);
  const answers = useWho(q);

  // Back and forward change the address: the box follows.
  useEffect(() => setText(q), [q]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAsk(text.trim());
  };

  return (
    <section className="card connect-who" aria-labelledby={`${id}-title`} data-testid="who">
      <h2 id={`${id}-title`} className="connect-section-title">
        {t('connect.who.title')}
      </h2>
      <form role="search" className="who-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('connect.who.label')}
        </label>
        <div className="input-with-icon who-input">
          <SearchIcon />
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            maxLength={500}
            enterKeyHint="search"
            placeholder={t('connect.who.placeholder')}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
          {t('connect.who.submit')}
        </button>
      </form>
      <p id={`${id}-hint`} className="hint who-hint">
        {t('connect.who.hint')}
      </p>
      {q === '' ? (
        <div className="who-examples">
          <span className="muted">{t('connect.who.try')}</span>
          {EXAMPLES.map((k) => (
            <button
              key={k}
              type="button"
              className="button button-small button-ghost who-example"
              onClick={() => onAsk(t(`connect.who.${k}`))}
            >
              {t(`connect.who.${k}`)}
            </button>
          ))}
        </div>
      ) : (
        <div className="who-results" aria-live="polite">
          <QueryState query={answers}>
            {(list) => <WhoAnswers q={q} list={list} onClear={() => onAsk('')} />}
          </QueryState>
        </div>
      )}
    </section>
  );
}

function WhoAnswers({ q, list, onClear }: { q: string; list: WhoAnswer[]; onClear: () => void }) {
  const { t } = useTranslation();
  if (list.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('connect.who.emptyTitle')}
        action={
          <Link to="/people" className="button">
            {t('connect.who.emptyAction')}
          </Link>
        }
      >
        <p>{t('connect.who.emptyText', { q })}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="who-summary">
        <p>{t('connect.who.found', { count: list.length, q })}</p>
        <button type="button" className="button button-small button-ghost" onClick={onClear}>
          {t('connect.who.clear')}
        </button>
      </div>
      <ol className="who-list">
        {list.map((w) => (
          <li key={w.person.id} className="who-row" data-testid="who-row">
            <Link to="/people/$id" params={{ id: String(w.person.id) }} className="person-link">
              {w.person.name}
            </Link>
            <Reasons reasons={w.reasons} />
          </li>
        ))}
      </ol>
    </>
  );
}
