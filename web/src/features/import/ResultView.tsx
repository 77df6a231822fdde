import { useId, type RefObject } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../api/types';
import { useLang } from '../../lib/useLang';
import { TIERS, termLabel } from '../../lib/vocab';
import { Counts, useNumber } from './Counts';
import { Paged } from './RecordLists';

interface Touched {
  id: number;
  name: string;
}

/** Each person once, in file order: several records can land on the same person. */
function people(result: ImportResult, action: 'create' | 'merge'): Touched[] {
  const seen = new Map<number, Touched>();
  for (const r of result.records) {
    if (r.action !== action || r.personId === undefined || seen.has(r.personId)) continue;
    seen.set(r.personId, { id: r.personId, name: r.matchedName ?? r.name });
  }
  return [...seen.values()];
}

/** What the import did, with links to everyone it touched. */
export function ResultView({
  result,
  headingRef,
  onMore,
}: {
  result: ImportResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const num = useNumber();
  const id = useId();
  const created = people(result, 'create');
  // A record merged into someone created by the same import is not an update of an old contact.
  const createdIds = new Set(created.map((p) => p.id));
  const merged = people(result, 'merge').filter((p) => !createdIds.has(p.id));

  return (
    <section className="import-result" aria-labelledby={`${id}-title`}>
      <header className="import-section-head">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('import.result.title')}
        </h2>
        <p>
          {t('import.result.summary', {
            created: num(result.created),
            merged: num(result.merged),
            skipped: num(result.skipped),
          })}
          {result.interactions
            ? ` ${t('import.result.interactions', { count: result.interactions, n: num(result.interactions) })}`
            : ''}
        </p>
      </header>
      <Counts created={result.created} merged={result.merged} skipped={result.skipped} />
      {result.created > 0 ? (
        <p className="banner import-note">
          {t('import.result.next', { tier: termLabel(TIERS, 'unsorted', lang) })}
        </p>
      ) : null}
      <div className="import-buttons">
        <Link to="/people" className="button button-primary button-large">
          {t('import.result.seePeople')}
        </Link>
        <button type="button" className="button" onClick={onMore}>
          {t('import.result.more')}
        </button>
      </div>
      <div className="result-lists">
        <PeopleList title={t('import.result.createdList')} people={created} />
        <PeopleList title={t('import.result.mergedList')} people={merged} />
      </div>
    </section>
  );
}

function PeopleList({ title, people: list }: { title: string; people: Touched[] }) {
  const id = useId();
  if (list.length === 0) return null;
  return (
    <section className="card result-list" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count-pill">{list.length}</span>
      </h3>
      <Paged
        items={list}
        rowKey={(p) => String(p.id)}
        className="plan-list-plain"
        render={(p) => (
          <Link to="/people/$id" params={{ id: String(p.id) }} className="person-link">
            {p.name}
          </Link>
        )}
      />
    </section>
  );
}
