import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PeopleIcon } from './Icons';

interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** What to show where a list would be: what this place is for and the next step. */
export function EmptyState({ title, children, icon, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      {icon ? <div className="empty-state-icon">{icon}</div> : null}
      <Heading className="empty-state-title">{title}</Heading>
      {children ? <div className="empty-state-text">{children}</div> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}

/** The network is empty (or this view of it is): the only next step is adding someone. */
export function AddFirstPerson({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<PeopleIcon width={40} height={40} />}
      title={title}
      action={
        <Link to="/people/new" className="button button-primary">
          {t('today.addFirst')}
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}
