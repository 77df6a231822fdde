import type { ReactNode } from 'react';

/**
 * A page section's heading: its icon, its title (`titleId` is for the section's
 * aria-labelledby), a count where it has one, and a hint under it.
 */
export function SectionHeading({
  icon,
  titleId,
  title,
  count,
  hint,
}: {
  icon: ReactNode;
  titleId: string;
  title: string;
  count?: number | undefined;
  hint?: string | undefined;
}) {
  return (
    <div className="section-heading">
      <h2>
        <span className="section-icon">{icon}</span>
        <span id={titleId}>{title}</span>
        {count !== undefined ? <span className="count-pill">{count}</span> : null}
      </h2>
      {hint ? <p className="section-hint">{hint}</p> : null}
    </div>
  );
}
