import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';

/** Numbers as the UI language writes them (40,000). */
export function useNumber(): (n: number) => string {
  const lang = useLang();
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
  return (n) => nf.format(n);
}

/** New, merged and skipped as three big numbers. */
export function Counts({
  created,
  merged,
  skipped,
  hints = false,
}: {
  created: number;
  merged: number;
  skipped: number;
  hints?: boolean;
}) {
  const { t } = useTranslation();
  const num = useNumber();
  const items = [
    { key: 'created', n: created },
    { key: 'merged', n: merged },
    { key: 'skipped', n: skipped },
  ] as const;
  return (
    <dl className="import-counts">
      {items.map(({ key, n }) => (
        <div key={key} className={`import-count import-count-${key}${n === 0 ? ' is-zero' : ''}`}>
          <dt>
            {t(`import.plan.${key}`)}
            {hints ? (
              <span className="import-count-hint">{t(`import.plan.${key}Hint`)}</span>
            ) : null}
          </dt>
          <dd>{num(n)}</dd>
        </div>
      ))}
    </dl>
  );
}
