import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import { invalidatePeople } from '../api/queries';
import type { Channel, Direction, Interaction, Kind, Mode } from '../api/types';
import { localToday } from '../lib/dates';
import { useLang } from '../lib/useLang';
import {
  CHANNELS,
  DIRECTIONS,
  KINDS,
  MODES,
  OFFLINE_CHANNELS,
  termLabel,
  termOptions,
} from '../lib/vocab';
import { Segmented, TermSelect } from './Choice';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';
import { useToast } from './Toasts';

export interface LogTarget {
  people: { id: number; name: string }[];
  kind?: Kind;
  channel?: Channel;
}

interface Props extends LogTarget {
  onClose: () => void;
  onLogged?: (i: Interaction) => void;
}

/** The input that brings an interaction back (undo of a delete). */
export function relogInput(i: Interaction) {
  return {
    people: i.people.map((p) => p.id),
    kind: i.kind,
    channel: i.channel,
    mode: i.mode,
    direction: i.direction,
    date: i.occurredOn,
    note: i.note ?? undefined,
  };
}

/** Log an interaction in a few keystrokes: defaults fit the usual catch-up on WeChat. */
export function LogInteractionDialog({
  people,
  kind: initialKind = 'catch-up',
  channel: initialChannel = 'wechat',
  onClose,
  onLogged,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [kind, setKind] = useState<Kind>(initialKind);
  const [channel, setChannel] = useState<Channel>(initialChannel);
  const [direction, setDirection] = useState<Direction>('mutual');
  const [date, setDate] = useState(localToday());
  // Empty follows the channel (coffee is offline, WeChat online); set it for a video call from a café.
  const [mode, setMode] = useState<Mode | ''>('');
  const [note, setNote] = useState('');
  const ids = people.map((p) => p.id);
  const names = people.map((p) => p.name).join(lang === 'zh' ? '、' : ', ');

  const log = useMutation({
    mutationFn: () =>
      api.logInteraction({
        people: ids,
        kind,
        channel,
        direction,
        mode: mode || undefined,
        date,
        note: note.trim() || undefined,
      }),
    onSuccess: async (interaction) => {
      onClose();
      onLogged?.(interaction);
      toast.success(t('log.logged', { names }), {
        label: t('common.undo'),
        // Runs after the dialog is gone, so it is a plain call rather than a hook's mutation.
        run: async () => {
          await api.deleteInteraction(interaction.id);
          await invalidatePeople(qc, ids);
          toast.success(t('log.undone'));
        },
      });
      await invalidatePeople(qc, ids);
    },
  });

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!log.isPending) log.mutate();
  };

  const errorText = log.error
    ? isApiError(log.error)
      ? log.error.message
      : t('errors.unknown')
    : '';

  return (
    <Dialog
      title={t('log.title', { names })}
      onClose={onClose}
      initialFocus={noteRef}
      size="medium"
    >
      <form
        className="form log-form"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('log.kind')}</label>
            <TermSelect id={`${id}-kind`} terms={KINDS} value={kind} onValue={setKind} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t('log.channel')}</label>
            <TermSelect
              id={`${id}-channel`}
              terms={CHANNELS}
              value={channel}
              onValue={setChannel}
            />
          </div>
        </div>
        <Segmented
          legend={t('log.direction')}
          name={`${id}-direction`}
          value={direction}
          onValue={setDirection}
          options={termOptions(DIRECTIONS, lang)}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('log.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              max={localToday()}
              required
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-mode`}>{t('log.mode')}</label>
            <TermSelect
              id={`${id}-mode`}
              terms={MODES}
              value={mode}
              onValue={setMode}
              empty={t('log.modeAuto', {
                mode: termLabel(MODES, OFFLINE_CHANNELS.has(channel) ? 'offline' : 'online', lang),
              })}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('log.note')}</label>
          <textarea
            id={`${id}-note`}
            ref={noteRef}
            rows={3}
            value={note}
            maxLength={20000}
            placeholder={t('log.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
          <p className="hint">{t('log.hint')}</p>
        </div>
        <DialogActions
          submitLabel={t('log.submit')}
          busy={log.isPending}
          error={errorText}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
