import type { ReactNode } from 'react';
import { SectionHeading } from '../../components/SectionHeading';

/** A titled part of the agenda: the heading (with a count where it has one), then its list. */
export function SectionFrame({
  id,
  icon,
  title,
  hint,
  count,
  children,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  hint?: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section
      className={`agenda-section agenda-${id}`}
      aria-labelledby={`${id}-title`}
      data-testid={`agenda-${id}`}
    >
      <SectionHeading icon={icon} titleId={`${id}-title`} title={title} count={count} hint={hint} />
      {children}
    </section>
  );
}
