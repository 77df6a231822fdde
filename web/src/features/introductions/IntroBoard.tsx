import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Introduction, IntroStage } from '../../api/types';
import { useLang } from '../../lib/useLang';
import { INTRO_STAGES, termLabel } from '../../lib/vocab';
import { IntroCard, type CardDialog } from './IntroCard';
import { BOARD_STAGES } from './stages';

/** What each column is waiting for, in a few words. */
const COLUMN_HINT: Record<Exclude<IntroStage, 'outcome'>, string> = {
  idea: 'intro.column.idea',
  'asked-a': 'intro.column.askedA',
  'asked-b': 'intro.column.askedB',
  introduced: 'intro.column.introduced',
  'followed-up': 'intro.column.followedUp',
};

/**
 * Open introductions by stage: columns side by side on a wide screen, one list grouped by stage
 * on a narrow one (the same markup; the stylesheet decides). Finished ones fold away below.
 */
export function IntroBoard({
  intros,
  onDialog,
}: {
  intros: Introduction[];
  onDialog: (d: CardDialog) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const byStage = new Map<IntroStage, Introduction[]>();
  for (const i of intros) byStage.set(i.stage, [...(byStage.get(i.stage) ?? []), i]);
  const done = byStage.get('outcome') ?? [];

  return (
    <>
      <div className="intro-board" data-testid="intro-board">
        {BOARD_STAGES.map((stage) => {
          const list = byStage.get(stage) ?? [];
          return (
            <Column
              key={stage}
              stage={stage}
              title={termLabel(INTRO_STAGES, stage, lang)}
              hint={t(COLUMN_HINT[stage as Exclude<IntroStage, 'outcome'>])}
              list={list}
              onDialog={onDialog}
            />
          );
        })}
      </div>
      {done.length > 0 ? (
        <details className="intro-done" data-testid="intro-done">
          <summary>
            <span>{t('intro.done')}</span> <span className="count-pill">{done.length}</span>
          </summary>
          <ul className="intro-done-list">
            {done.map((i) => (
              <li key={i.id}>
                <IntroCard intro={i} onDialog={onDialog} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function Column({
  stage,
  title,
  hint,
  list,
  onDialog,
}: {
  stage: IntroStage;
  title: string;
  hint: string;
  list: Introduction[];
  onDialog: (d: CardDialog) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className={`intro-column intro-column-${stage}${list.length === 0 ? ' is-empty' : ''}`}
      aria-labelledby={id}
      data-stage={stage}
    >
      <header className="intro-column-head">
        <h2 id={id}>
          {title} <span className="count-pill">{list.length}</span>
        </h2>
        <p className="intro-column-hint">{hint}</p>
      </header>
      {list.length === 0 ? (
        <p className="intro-column-empty">{t('intro.columnEmpty')}</p>
      ) : (
        <ul className="intro-cards">
          {list.map((i) => (
            <li key={i.id}>
              <IntroCard intro={i} onDialog={onDialog} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
