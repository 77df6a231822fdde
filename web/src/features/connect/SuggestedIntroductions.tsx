import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Suggestion } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { HandshakeIcon } from '../../components/Icons';
import { QueryState } from '../../components/QueryState';
import { SectionHeading } from '../../components/SectionHeading';
import { useToast } from '../../components/Toasts';
import {
  afterIntroduction,
  afterKnows,
  connectApi,
  connectKeys,
  samePair,
  useMatches,
} from './api';
import { focusNeighbour } from './focus';
import { PersonFilter } from './PersonFilter';
import { Reasons } from './Reasons';

const pairKey = (s: Suggestion) => `${s.a.id}-${s.b.id}`;

/**
 * Introductions worth making, best first: A needs what B offers. One click starts the
 * introduction (it then lives on the Introductions board) and the pair leaves this list.
 */
export function SuggestedIntroductions({
  forPerson,
  onFor,
}: {
  forPerson: string;
  onFor: (name: string) => void;
}) {
  const { t } = useTranslation();
  const matches = useMatches(forPerson);
  return (
    <section
      className="connect-section connect-matches"
      aria-labelledby="matches-title"
      data-testid="matches"
      tabIndex={-1}
    >
      <SectionHeading
        icon={<HandshakeIcon />}
        titleId="matches-title"
        title={t('connect.match.title')}
        count={matches.data?.length || undefined}
        hint={t('connect.match.hint')}
      />
      <PersonFilter value={forPerson} onValue={onFor} />
      {isApiError(matches.error) && forPerson && matches.error.status < 500 ? (
        // An unknown or ambiguous name: the server says which; asking again will not help.
        <EmptyState
          headingLevel={3}
          title={t('connect.match.forFailed')}
          action={
            <button type="button" className="button" onClick={() => onFor('')}>
              {t('connect.match.showAll')}
            </button>
          }
        >
          <p>{matches.error.message}</p>
        </EmptyState>
      ) : (
        <QueryState query={matches}>
          {(list) =>
            list.length === 0 ? (
              <NoMatches forPerson={forPerson} onClear={() => onFor('')} />
            ) : (
              <ul className="match-list">
                {list.map((s) => (
                  <MatchCard key={pairKey(s)} suggestion={s} />
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
    </section>
  );
}

function NoMatches({ forPerson, onClear }: { forPerson: string; onClear: () => void }) {
  const { t } = useTranslation();
  if (forPerson) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('connect.match.emptyForTitle', { name: forPerson })}
        action={
          <button type="button" className="button" onClick={onClear}>
            {t('connect.match.showAll')}
          </button>
        }
      >
        <p>{t('connect.match.emptyForText')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      headingLevel={3}
      icon={<HandshakeIcon width={40} height={40} />}
      title={t('connect.match.emptyTitle')}
      action={
        <Link to="/people" className="button">
          {t('connect.match.emptyAction')}
        </Link>
      }
    >
      <p>{t('connect.match.emptyText')}</p>
    </EmptyState>
  );
}

function MatchCard({ suggestion: s }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<string | null>(null);
  const row = useRef<HTMLLIElement>(null);
  const names = { a: s.a.name, b: s.b.name };

  const start = useMutation({
    mutationFn: () => connectApi.startIntroduction(s),
    onSuccess: async () => {
      toast.success(t('connect.match.started', names), {
        label: t('connect.match.openBoard'),
        run: () => navigate({ to: '/introductions' }),
      });
      focusNeighbour(row.current);
      await afterIntroduction(qc, s.a.id, s.b.id);
    },
    onError: (e) => {
      // Already on the board: say so here, next to the pair, with the way to it.
      if (isApiError(e) && e.code === 'IntroductionExists') setRefused(e.message);
      else toast.error(e);
    },
  });

  // "They already know each other": the pair leaves the list at once, with an undo.
  const known = useMutation({
    mutationFn: () => connectApi.knows(s),
    onSuccess: async ({ added }) => {
      qc.setQueriesData<Suggestion[]>({ queryKey: connectKeys.matches }, (list) =>
        list?.filter((x) => !samePair(x, s.a.id, s.b.id)),
      );
      // Undo only what this click recorded: when the pair was known already (a shared meal, say),
      // forgetting it would delete a row that existed before.
      toast.success(
        t('connect.match.known', names),
        added
          ? {
              label: t('common.undo'),
              run: async () => {
                try {
                  await connectApi.forget(s);
                  await afterKnows(qc);
                } catch (e) {
                  toast.error(e);
                }
              },
            }
          : undefined,
      );
      focusNeighbour(row.current);
      await afterKnows(qc);
    },
    onError: (e) => toast.error(e),
  });

  return (
    <li className="match-card" data-testid="match-card" ref={row}>
      <p className="match-pair">
        <Link to="/people/$id" params={{ id: String(s.a.id) }} className="person-link">
          {s.a.name}
        </Link>
        <span className="match-arrow" aria-hidden="true">
          ↔
        </span>
        <span className="visually-hidden">{t('connect.match.and')}</span>
        <Link to="/people/$id" params={{ id: String(s.b.id) }} className="person-link">
          {s.b.name}
        </Link>
      </p>
      <Reasons reasons={s.reasons} />
      {refused ? (
        <p className="form-error match-refused" role="alert">
          {refused} <Link to="/introductions">{t('connect.match.openBoard')}</Link>
        </p>
      ) : null}
      <div className="match-actions">
        <button
          type="button"
          className="button button-small button-primary"
          disabled={start.isPending || refused !== null}
          aria-label={t('connect.match.startFor', names)}
          onClick={() => start.mutate()}
        >
          {start.isPending ? t('connect.match.starting') : t('connect.match.start')}
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          disabled={known.isPending || start.isPending}
          aria-label={t('connect.match.knowFor', names)}
          onClick={() => known.mutate()}
        >
          {t('connect.match.know')}
        </button>
      </div>
    </li>
  );
}
