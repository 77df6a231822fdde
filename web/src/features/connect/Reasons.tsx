import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n';

/** Why a suggestion was made, one line per reason (the server writes them in the UI language). */
export function Reasons({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons" aria-label={t('connect.reasons')}>
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}

/** Names joined the way the language joins a list. */
export function joinNames(people: { name: string }[], lang: Lang): string {
  return people.map((p) => p.name).join(lang === 'zh' ? '、' : ', ');
}

/** People as links to their pages, separated the way the language separates a list. */
export function PeopleLinks({
  people,
  lang,
}: {
  people: { id: number; name: string }[];
  lang: Lang;
}) {
  return people.map((p, i) => (
    <Fragment key={p.id}>
      {i > 0 ? (lang === 'zh' ? '、' : ', ') : null}
      <Link to="/people/$id" params={{ id: String(p.id) }} className="person-link">
        {p.name}
      </Link>
    </Fragment>
  ));
}
