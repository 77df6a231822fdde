import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

/** The wait while data loads; a status, so screen readers announce it. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failure: what went wrong and the one button that may mend it. */
export function ErrorState({
  title,
  message,
  actionLabel,
  onAction,
}: {
  title: string;
  message: string;
  actionLabel: string;
  onAction: () => void;
}) {
  return (
    <EmptyState
      title={title}
      action={
        <button type="button" className="button" onClick={onAction}>
          {actionLabel}
        </button>
      }
    >
      <p>{message}</p>
    </EmptyState>
  );
}

/** A whole page for an address that leads nowhere, with the way back. */
export function NotFoundPage({
  title,
  text,
  to,
  back,
}: {
  title: string;
  text: string;
  to: '/' | '/people';
  back: string;
}) {
  return (
    <div className="page">
      <EmptyState
        title={title}
        action={
          <Link to={to} className="button button-primary">
            {back}
          </Link>
        }
      >
        <p>{text}</p>
      </EmptyState>
    </div>
  );
}

/**
 * A query's data once it is there; until then the loading state, or the error with a retry.
 * `page` wraps those two in a page of their own, for views that bring their own page around data.
 */
export function QueryState<T>({
  query,
  page = false,
  children,
}: {
  query: UseQueryResult<T>;
  page?: boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  let state: ReactNode;
  if (query.isPending) state = <Loading />;
  else if (query.error)
    state = (
      <ErrorState
        title={t('errors.loadFailed')}
        message={query.error.message}
        actionLabel={t('common.retry')}
        onAction={() => void query.refetch()}
      />
    );
  else return children(query.data);
  return page ? <div className="page">{state}</div> : state;
}
