import { useTranslation } from 'react-i18next';

/** Why a suggestion was made, one line per reason (the server writes them in the UI language). */
export function Reasons({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons" aria-label={t('connect.reasons')}>
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}
