import { useId, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GatheringSuggestion } from '../../api/types';
import { Segmented } from '../../components/Choice';
import { EmptyState } from '../../components/EmptyState';
import { PeopleIcon } from '../../components/Icons';
import { joinNames, PeopleLinks } from '../../components/PeopleLinks';
import { QueryState } from '../../components/QueryState';
import { SectionHeading } from '../../components/SectionHeading';
import { useLang } from '../../lib/useLang';
import { GATHERING_SIZES, useGatheringSuggestions, type GatheringSize } from './api';
import { PlanGatheringDialog } from './PlanGatheringDialog';
import { Reasons } from './Reasons';

/** Small gatherings of 3–5 people who would get something out of meeting, and why. */
export function GatheringSuggestions() {
  const { t } = useTranslation();
  const id = useId();
  const [size, setSize] = useState<GatheringSize>(4);
  const [planning, setPlanning] = useState<GatheringSuggestion | null>(null);
  const suggestions = useGatheringSuggestions(size);

  return (
    <section
      className="connect-section connect-gatherings"
      aria-labelledby="gatherings-title"
      data-testid="gathering-suggestions"
    >
      <SectionHeading
        icon={<PeopleIcon />}
        titleId="gatherings-title"
        title={t('connect.gatherings.title')}
        hint={t('connect.gatherings.hint')}
      />
      <Segmented
        legend={t('connect.gatherings.size')}
        name={`${id}-size`}
        value={String(size)}
        onValue={(v) => setSize(Number(v) as GatheringSize)}
        options={GATHERING_SIZES.map((n) => ({
          value: String(n),
          label: t('connect.gatherings.sizeOption', { count: n }),
        }))}
        className="gathering-size"
      />
      <QueryState query={suggestions}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title={t('connect.gatherings.emptyTitle', { count: size })}
              action={
                <Link to="/people" className="button">
                  {t('connect.match.emptyAction')}
                </Link>
              }
            >
              <p>{t('connect.gatherings.emptyText')}</p>
            </EmptyState>
          ) : (
            <ul className="gathering-list">
              {list.map((g) => (
                <GatheringCard
                  key={g.people.map((p) => p.id).join('-')}
                  suggestion={g}
                  onPlan={() => setPlanning(g)}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
      {planning ? (
        <PlanGatheringDialog suggestion={planning} onClose={() => setPlanning(null)} />
      ) : null}
    </section>
  );
}

function GatheringCard({
  suggestion: g,
  onPlan,
}: {
  suggestion: GatheringSuggestion;
  onPlan: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = joinNames(g.people, lang);
  return (
    <li className="gathering-card" data-testid="gathering-card">
      <p className="gathering-people">
        <PeopleLinks people={g.people} lang={lang} />
      </p>
      <Reasons reasons={g.reasons} />
      <div className="match-actions">
        <button
          type="button"
          className="button button-small button-primary"
          aria-label={t('connect.gatherings.planFor', { names })}
          onClick={onPlan}
        >
          {t('connect.gatherings.plan')}
        </button>
      </div>
    </li>
  );
}
