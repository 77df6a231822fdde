import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Introduction } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { HandshakeIcon, PlusIcon } from '../../components/Icons';
import { PersonFilterChip } from '../../components/PersonFilterChip';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toasts';
import { usePageTitle } from '../../lib/usePageTitle';
import { introductionsRoute } from '../../router';
import { AdvanceDialog } from './AdvanceDialog';
import { afterIntroChange, introApi, useIntroductions } from './api';
import { DraftsDialog } from './DraftsDialog';
import type { CardDialog } from './IntroCard';
import { IntroBoard } from './IntroBoard';
import { NewIntroductionDialog } from './NewIntroductionDialog';
import '../../styles/connector-common.css';
import '../../styles/introductions.css';

/** The Introductions board: double opt-in introductions from idea to outcome. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const { person } = introductionsRoute.useSearch();
  const intros = useIntroductions({ person });
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<CardDialog | null>(null);
  usePageTitle(t('intro.title'));

  return (
    <div className="page page-introductions">
      <header className="page-header">
        <div>
          <h1>{t('intro.title')}</h1>
          <p className="page-subtitle">{t('intro.subtitle')}</p>
        </div>
        <div className="page-actions">
          <Link to="/connect" className="button">
            {t('intro.suggestions')}
          </Link>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            <PlusIcon width={16} height={16} />
            <span>{t('intro.new.button')}</span>
          </button>
        </div>
      </header>
      {person ? (
        <PersonFilterChip
          id={person}
          text={(name) => t('intro.onlyFor', { name })}
          clearLabel={t('intro.showAll')}
          to="/introductions"
        />
      ) : null}
      <QueryState query={intros}>
        {(list) =>
          list.length === 0 ? (
            <NoIntroductions filtered={person !== undefined} onAdd={() => setAdding(true)} />
          ) : (
            <IntroBoard intros={list} onDialog={setDialog} />
          )
        }
      </QueryState>
      {adding ? <NewIntroductionDialog onClose={() => setAdding(false)} /> : null}
      {dialog?.kind === 'advance' ? (
        <AdvanceDialog intro={dialog.intro} mode={dialog.mode} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'drafts' ? (
        <DraftsDialog intro={dialog.intro} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteIntroduction intro={dialog.intro} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function NoIntroductions({ filtered, onAdd }: { filtered: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<HandshakeIcon width={40} height={40} />}
      title={filtered ? t('intro.emptyForTitle') : t('intro.emptyTitle')}
      action={
        <div className="empty-actions">
          <Link to="/connect" className="button button-primary">
            {t('intro.emptyAction')}
          </Link>
          <button type="button" className="button" onClick={onAdd}>
            {t('intro.new.button')}
          </button>
        </div>
      }
    >
      <p>{t('intro.emptyText')}</p>
    </EmptyState>
  );
}

function DeleteIntroduction({ intro, onClose }: { intro: Introduction; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toast = useToast();
  const names = { a: intro.a.name, b: intro.b.name };
  const remove = useMutation({
    mutationFn: () => introApi.remove(intro.id),
    onSuccess: async () => {
      onClose();
      toast.success(t('intro.deleted', names));
      await afterIntroChange(qc);
    },
    onError: (e) => {
      onClose();
      toast.error(e);
    },
  });
  return (
    <ConfirmDialog
      title={t('intro.deleteTitle', names)}
      message={t('intro.deleteText')}
      confirmLabel={t('intro.deleteConfirm')}
      danger
      busy={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={onClose}
    />
  );
}
