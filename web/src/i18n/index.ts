import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zh from './zh-CN.json';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'tongxing.lang';

function stored(): Lang | undefined {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'zh' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The saved choice, else the browser's language (any zh* is Chinese), else English. */
export function initialLang(): Lang {
  const saved = stored();
  if (saved) return saved;
  const langs = navigator.languages.length ? navigator.languages : [navigator.language];
  return (langs[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function applyToDocument(lang: Lang) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = lang === 'zh' ? '同行 Tongxing' : 'Tongxing 同行';
}

export function currentLang(): Lang {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/** Switches the UI language and remembers it. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still switched.
  }
  applyToDocument(lang);
  await i18n.changeLanguage(lang);
}

const lang = initialLang();
applyToDocument(lang);

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: lang,
  fallbackLng: 'en',
  supportedLngs: ['zh', 'en'],
  interpolation: { escapeValue: false }, // React escapes; user text is never HTML.
  returnNull: false,
  initAsync: false,
});

export default i18n;
