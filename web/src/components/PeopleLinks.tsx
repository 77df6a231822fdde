import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import type { Lang } from '../i18n';

/** Names joined the way the language joins a list. */
export function joinNames(people: { name: string }[], lang: Lang): string {
  return people.map((p) => p.name).join(listSeparator(lang));
}

function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}

/**
 * People as links to their pages, separated the way the language separates a list (or by
 * `separator`, e.g. ` ↔ ` between the two sides of an introduction).
 */
export function PeopleLinks({
  people,
  lang,
  separator = listSeparator(lang),
}: {
  people: { id: number; name: string }[];
  lang: Lang;
  separator?: string | undefined;
}) {
  return people.map((p, i) => (
    <Fragment key={p.id}>
      {i > 0 ? separator : null}
      <Link to="/people/$id" params={{ id: String(p.id) }} className="person-link">
        {p.name}
      </Link>
    </Fragment>
  ));
}
