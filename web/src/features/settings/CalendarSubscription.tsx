import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys, useCalendarLink } from '../../api/queries';
import type { CalendarLink } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toasts';
import { Card } from './SettingsCard';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The secret calendar feed: its URL to copy into a calendar app, and a way to replace it when it
 * has been shared too widely.
 */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const id = useId();
  const link = useCalendarLink();
  return (
    <Card
      id={`${id}-title`}
      title={t('settings.calendar.title')}
      hint={t('settings.calendar.hint')}
    >
      <QueryState query={link}>{(data) => <CalendarLinkField link={data} />}</QueryState>
    </Card>
  );
}

function CalendarLinkField({ link }: { link: CalendarLink }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  // A calendar app on another device cannot reach 127.0.0.1: say how to serve on the network.
  const onLoopback = LOOPBACK.has(window.location.hostname);

  const copy = async () => {
    try {
      // The Clipboard API exists only in secure contexts (loopback yes, a LAN address over http no).
      if (navigator.clipboard) await navigator.clipboard.writeText(link.url);
      else {
        input.current?.select();
        if (!document.execCommand('copy')) throw new Error('copy refused');
      }
      toast.success(t('settings.calendar.copied'));
    } catch {
      input.current?.select();
      toast.show({ message: t('settings.calendar.copyFailed'), tone: 'error' });
    }
  };

  const regenerate = async () => {
    setBusy(true);
    try {
      qc.setQueryData(keys.calendar, await api.regenerateCalendar());
      setConfirm(false);
      toast.success(t('settings.calendar.regenerated'));
    } catch (err) {
      toast.error(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('settings.calendar.url')}</label>
        <div className="copy-row">
          <input
            ref={input}
            id={`${id}-url`}
            type="text"
            readOnly
            value={link.url}
            spellCheck={false}
            aria-describedby={`${id}-private`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {t('settings.calendar.copy')}
          </button>
        </div>
        <p id={`${id}-private`} className="hint">
          {t('settings.calendar.private')}
        </p>
      </div>
      <ul className="hint calendar-how">
        <li>{t('settings.calendar.apple')}</li>
        <li>{t('settings.calendar.google')}</li>
        <li>{t('settings.calendar.outlook')}</li>
      </ul>
      {onLoopback ? <p className="hint">{t('settings.calendar.reach')}</p> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-ghost"
          disabled={busy}
          onClick={() => setConfirm(true)}
        >
          {t('settings.calendar.regenerate')}
        </button>
      </div>
      {confirm ? (
        <ConfirmDialog
          title={t('settings.calendar.regenerateTitle')}
          message={t('settings.calendar.regenerateText')}
          confirmLabel={t('settings.calendar.regenerate')}
          danger
          busy={busy}
          onConfirm={() => void regenerate()}
          onCancel={() => setConfirm(false)}
        />
      ) : null}
    </>
  );
}
