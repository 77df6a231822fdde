import { Link } from '@tanstack/react-router';
import { usePerson } from '../api/queries';

/**
 * "Only 王芳's introductions": a page filtered to one person, with the way back to everyone
 * (`to`, the same page without the filter). Styled in connector-common.css.
 */
export function PersonFilterChip({
  id,
  text,
  clearLabel,
  to,
}: {
  id: number;
  /** The chip's words for the person's name (`#id` until the name has loaded). */
  text: (name: string) => string;
  clearLabel: string;
  to: '/introductions' | '/referrals';
}) {
  const person = usePerson(id);
  return (
    <p className="filter-chip-row">
      <span className="filter-chip">{text(person.data?.name ?? `#${id}`)}</span>
      <Link to={to} search={{}} className="button button-small button-ghost">
        {clearLabel}
      </Link>
    </p>
  );
}
