import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Introduction, IntroOutcome, IntroStage } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useToast } from '../../components/Toasts';
import { useLang } from '../../lib/useLang';
import { INTRO_OUTCOMES, INTRO_STAGES, termLabel } from '../../lib/vocab';
import { afterIntroChange, introApi, type AdvanceInput } from './api';
import { laterStages, missingConsent, needsConsent, outcomesFrom, skippedStages } from './stages';
import '../../styles/intro-dialogs.css';

/**
 * `move`: any later stage, with an explicit "skip" for the stages jumped over. `introduce`: the
 * double opt-in check before 'introduced'. `outcome`: how it ended.
 */
export type AdvanceMode = 'move' | 'introduce' | 'outcome';

export function AdvanceDialog({
  intro,
  mode,
  onClose,
}: {
  intro: Introduction;
  mode: AdvanceMode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const targets = laterStages(intro.stage);
  const [to, setTo] = useState<IntroStage>(
    mode === 'introduce'
      ? 'introduced'
      : mode === 'outcome'
        ? 'outcome'
        : (targets[0] ?? 'outcome'),
  );
  const [outcome, setOutcome] = useState<IntroOutcome | ''>('');
  const [skip, setSkip] = useState(false);
  const [consent, setConsent] = useState<('a' | 'b')[]>([]);
  const [note, setNote] = useState('');

  const names = { a: intro.a.name, b: intro.b.name };
  const stageLabel = (s: IntroStage) => termLabel(INTRO_STAGES, s, lang);
  const skipped = skippedStages(intro.stage, to, outcome);
  const missing = needsConsent(intro.stage, to, outcome) ? missingConsent(intro) : [];
  const sep = lang === 'zh' ? '、' : ', ';

  const advance = useMutation({
    mutationFn: () => {
      const input: AdvanceInput = {
        to,
        // Sent only when the user ticked it: otherwise the server names what would be skipped.
        skip: skipped.length > 0 && skip ? true : undefined,
        consent: consent.length > 0 ? consent : undefined,
        outcome: to === 'outcome' && outcome ? outcome : undefined,
        note: note.trim() || undefined,
      };
      return introApi.advance(intro.id, input);
    },
    onSuccess: async (i) => {
      onClose();
      toast.success(
        i.stage === 'outcome' && i.outcome
          ? t('intro.toast.outcome', {
              ...names,
              outcome: termLabel(INTRO_OUTCOMES, i.outcome, lang),
            })
          : t('intro.toast.moved', { ...names, stage: stageLabel(i.stage) }),
      );
      await afterIntroChange(qc);
    },
  });

  // A refusal answers the choices it was given; once they change it no longer applies.
  const changed = () => {
    if (advance.error) advance.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!advance.isPending) advance.mutate();
  };

  const title =
    mode === 'introduce'
      ? t('intro.advance.introduceTitle', names)
      : mode === 'outcome'
        ? t('intro.advance.outcomeTitle', names)
        : t('intro.advance.moveTitle', names);
  const description =
    mode === 'introduce'
      ? t('intro.advance.introduceText')
      : mode === 'outcome'
        ? t('intro.advance.outcomeText')
        : t('intro.advance.moveText', { stage: stageLabel(intro.stage) });
  const submitLabel =
    mode === 'introduce'
      ? t('intro.next.introduce')
      : mode === 'outcome'
        ? t('intro.next.outcome')
        : t('intro.advance.move');

  return (
    <Dialog title={title} description={description} onClose={onClose} initialFocus={firstRef}>
      <form className="form advance-form" onSubmit={submit}>
        {mode === 'move' ? (
          <fieldset className="field">
            <legend>{t('intro.advance.to')}</legend>
            <div className="choice-list">
              {targets.map((s, k) => (
                <label key={s} className="check">
                  <input
                    ref={k === 0 ? firstRef : undefined}
                    type="radio"
                    name={`${id}-to`}
                    value={s}
                    checked={to === s}
                    onChange={() => {
                      setTo(s);
                      setSkip(false);
                      changed();
                    }}
                  />
                  <span>{stageLabel(s)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {to === 'outcome' ? (
          <fieldset className="field">
            <legend>{t('intro.advance.outcome')}</legend>
            <div className="choice-list">
              {outcomesFrom(intro.stage).map((o, k) => (
                <label key={o} className="check">
                  <input
                    ref={mode === 'outcome' && k === 0 ? firstRef : undefined}
                    type="radio"
                    name={`${id}-outcome`}
                    value={o}
                    checked={outcome === o}
                    onChange={() => {
                      setOutcome(o);
                      changed();
                    }}
                  />
                  <span>{termLabel(INTRO_OUTCOMES, o, lang)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {missing.length > 0 ? (
          <fieldset className="field consent-ask">
            <legend>{t('intro.advance.consentLegend')}</legend>
            <p className="hint">{t('intro.advance.consentHint')}</p>
            {missing.map((side, k) => (
              <label key={side} className="check">
                <input
                  ref={mode === 'introduce' && k === 0 ? firstRef : undefined}
                  type="checkbox"
                  checked={consent.includes(side)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    setConsent((c) => (on ? [...c, side] : c.filter((x) => x !== side)));
                    changed();
                  }}
                />
                <span>{t('intro.consent.said', { name: names[side] })}</span>
              </label>
            ))}
          </fieldset>
        ) : null}

        {skipped.length > 0 ? (
          <div className="skip-warning" role="note">
            <p>
              {t('intro.advance.skipText', {
                count: skipped.length,
                stages: skipped.map(stageLabel).join(sep),
              })}
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={skip}
                onChange={(e) => {
                  setSkip(e.target.checked);
                  changed();
                }}
              />
              <span>{t('intro.advance.skipConfirm', { count: skipped.length })}</span>
            </label>
          </div>
        ) : null}

        <div className="field">
          <label htmlFor={`${id}-note`}>{t('intro.advance.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>

        <DialogActions
          submitLabel={submitLabel}
          busy={advance.isPending}
          error={advance.error?.message}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
