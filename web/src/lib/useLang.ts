import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n';

/** The UI language; components using it re-render when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}
