import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Gathering } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CakeIcon } from '../../components/Icons';
import { PeopleLinks } from '../../components/PeopleLinks';
import { QueryState } from '../../components/QueryState';
import { SectionHeading } from '../../components/SectionHeading';
import { useToast } from '../../components/Toasts';
import { formatDate } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { afterGathering, connectApi, usePlannedGatherings } from './api';
import { focusNeighbour, refocusSection } from './focus';

/** Gatherings planned and not yet held: mark one held once it happened, or cancel it. */
export function PlannedGatherings() {
  const { t } = useTranslation();
  const planned = usePlannedGatherings();
  const [cancelling, setCancelling] = useState<Gathering | null>(null);
  const section = useRef<HTMLElement>(null);
  const qc = useQueryClient();
  const toast = useToast();

  const cancel = useMutation({
    mutationFn: (g: Gathering) => connectApi.cancelGathering(g.id),
    onSuccess: async (g) => {
      setCancelling(null);
      toast.success(t('connect.planned.cancelled', { title: g.title }));
      await afterGathering(qc);
      // The dialog gave focus back to the row's button, which has now gone with the row.
      refocusSection(section.current);
    },
    onError: (e) => {
      setCancelling(null);
      toast.error(e);
    },
  });

  return (
    <section
      className="connect-section connect-planned"
      aria-labelledby="planned-title"
      data-testid="planned-gatherings"
      ref={section}
      tabIndex={-1}
    >
      <SectionHeading
        icon={<CakeIcon />}
        titleId="planned-title"
        title={t('connect.planned.title')}
        count={planned.data?.length || undefined}
      />
      <QueryState query={planned}>
        {(list) =>
          list.length === 0 ? (
            <p className="connect-quiet">{t('connect.planned.empty')}</p>
          ) : (
            <ul className="agenda-list planned-list">
              {list.map((g) => (
                <PlannedRow key={g.id} gathering={g} onCancel={() => setCancelling(g)} />
              ))}
            </ul>
          )
        }
      </QueryState>
      {cancelling ? (
        <ConfirmDialog
          title={t('connect.planned.cancelTitle', { title: cancelling.title })}
          message={t('connect.planned.cancelText')}
          confirmLabel={t('connect.planned.cancelConfirm')}
          danger
          busy={cancel.isPending}
          onConfirm={() => cancel.mutate(cancelling)}
          onCancel={() => setCancelling(null)}
        />
      ) : null}
    </section>
  );
}

function PlannedRow({ gathering: g, onCancel }: { gathering: Gathering; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const row = useRef<HTMLLIElement>(null);
  const held = useMutation({
    mutationFn: () => connectApi.gatheringHeld(g.id),
    onSuccess: async () => {
      focusNeighbour(row.current);
      toast.success(t('connect.planned.markedHeld', { title: g.title }));
      await afterGathering(qc);
    },
    onError: (e) => toast.error(e),
  });
  const when = g.on ? formatDate(g.on, lang, { weekday: true }) : t('connect.planned.noDate');
  return (
    <li className="agenda-row planned-row" data-testid="planned-row" ref={row}>
      <div className="row-main">
        <p className="planned-title">{g.title}</p>
        <div className="row-meta">
          <span>{when}</span>
          {g.place ? <span>{g.place}</span> : null}
        </div>
        <p className="planned-people">
          <PeopleLinks people={g.people} lang={lang} />
        </p>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="button button-small"
          disabled={held.isPending}
          aria-label={t('connect.planned.heldFor', { title: g.title })}
          onClick={() => held.mutate()}
        >
          {t('connect.planned.held')}
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          aria-label={t('connect.planned.cancelFor', { title: g.title })}
          onClick={onCancel}
        >
          {t('connect.planned.cancel')}
        </button>
      </div>
    </li>
  );
}
