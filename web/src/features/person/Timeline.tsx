import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { invalidatePeople, useInteractions } from '../../api/queries';
import type { Interaction, Person } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ChatIcon } from '../../components/Icons';
import { relogInput } from '../../components/LogInteractionDialog';
import { useToast } from '../../components/Toasts';
import { formatDate } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { CHANNELS, DIRECTIONS, KINDS, MODES, termLabel } from '../../lib/vocab';

/** What happened with this person, newest first; a mistaken entry can be removed (and undone). */
export function Timeline({ person, onLog }: { person: Person; onLog: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const { data, isPending, error } = useInteractions(person.id);
  const [deleting, setDeleting] = useState<Interaction | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (i: Interaction) => {
    setBusy(true);
    try {
      const gone = await api.deleteInteraction(i.id);
      setDeleting(null);
      const ids = gone.people.map((p) => p.id);
      toast.success(t('timeline.deleted'), {
        label: t('common.undo'),
        run: async () => {
          await api.logInteraction(relogInput(gone));
          await invalidatePeople(qc, ids);
          toast.success(t('timeline.restored'));
        },
      });
      await invalidatePeople(qc, ids);
    } catch (e) {
      setDeleting(null);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="timeline card" aria-labelledby="timeline-title">
      <div className="section-heading">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        {data && data.length > 0 ? <span className="count-pill">{data.length}</span> : null}
      </div>
      {isPending ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : data.length === 0 ? (
        <EmptyState
          headingLevel={3}
          icon={<ChatIcon width={32} height={32} />}
          title={t('timeline.emptyTitle')}
          action={
            person.archivedAt ? undefined : (
              <button type="button" className="button button-primary" onClick={onLog}>
                {t('person.log')}
              </button>
            )
          }
        >
          <p>{t('timeline.emptyText')}</p>
        </EmptyState>
      ) : (
        <ol className="timeline-list">
          {data.map((i) => {
            const others = i.people.filter((p) => p.id !== person.id);
            return (
              <li
                key={i.id}
                className={`timeline-item direction-${i.direction}`}
                data-testid="interaction"
                data-interaction-id={i.id}
              >
                <div className="timeline-head">
                  <time dateTime={i.occurredOn} className="timeline-date">
                    {formatDate(i.occurredOn, lang)}
                  </time>
                  <span className="timeline-kind">{termLabel(KINDS, i.kind, lang)}</span>
                  <span className="muted">
                    {termLabel(CHANNELS, i.channel, lang)} · {termLabel(MODES, i.mode, lang)} ·{' '}
                    {termLabel(DIRECTIONS, i.direction, lang)}
                  </span>
                  <button
                    type="button"
                    className="icon-button timeline-delete"
                    onClick={() => setDeleting(i)}
                    aria-label={t('timeline.delete', { date: formatDate(i.occurredOn, lang) })}
                    title={t('timeline.deleteShort')}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
                {others.length > 0 ? (
                  <p className="timeline-with">
                    {t('timeline.with')}{' '}
                    {others.map((p, n) => (
                      <span key={p.id}>
                        {n > 0 ? (lang === 'zh' ? '、' : ', ') : null}
                        <Link to="/people/$id" params={{ id: String(p.id) }}>
                          {p.name}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                {i.note ? <p className="note">{i.note}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('timeline.confirmTitle')}
          message={t('timeline.confirmText', {
            date: formatDate(deleting.occurredOn, lang),
            kind: termLabel(KINDS, deleting.kind, lang),
          })}
          confirmLabel={t('timeline.deleteShort')}
          danger
          busy={busy}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
