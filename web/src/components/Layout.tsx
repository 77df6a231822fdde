import { useEffect, useState } from 'react';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setLang } from '../i18n';
import { requestSearchFocus, runPageShortcut, shouldIgnoreKey } from '../lib/shortcuts';
import { useLang } from '../lib/useLang';
import {
  ConnectIcon,
  HandshakeIcon,
  ImportIcon,
  KeyboardIcon,
  PeopleIcon,
  PlusIcon,
  ReferralIcon,
  SettingsIcon,
  SunIcon,
} from './Icons';
import { ShortcutsHelp } from './ShortcutsHelp';

/** The switch shows the other language, written in that language. */
function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="button button-ghost lang-switch"
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      title={t('header.switchLanguage')}
      onClick={() => void setLang(other)}
    >
      {other === 'zh' ? '中文' : 'English'}
    </button>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (shouldIgnoreKey(e)) return;
      switch (e.key) {
        case '/':
          e.preventDefault();
          if (!runPageShortcut('/')) {
            requestSearchFocus();
            void navigate({ to: '/people' });
          }
          break;
        case 'n':
          e.preventDefault();
          void navigate({ to: '/people/new' });
          break;
        case 'l':
          if (runPageShortcut('l')) e.preventDefault();
          break;
        case '?':
          e.preventDefault();
          setHelp(true);
          break;
        default:
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const isPeople =
    pathname === '/people' || (pathname.startsWith('/people/') && pathname !== '/people/new');

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('header.skip')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand" title={t('header.home')}>
            <span className="brand-mark" aria-hidden="true">
              同
            </span>
            <span className="brand-name">
              <span lang="zh-CN">同行</span>
              <span className="brand-latin" lang="en">
                Tongxing
              </span>
            </span>
          </Link>
          <nav className="app-nav" aria-label={t('nav.label')}>
            {/* Places to go, in the tab bar on phones. The tools after them (add, import,
                settings) are icons in the header, so that the tab bar keeps room for five. */}
            <div className="nav-main">
              <Link to="/" className="nav-link" activeOptions={{ exact: true }}>
                <SunIcon />
                <span>{t('nav.today')}</span>
              </Link>
              <Link
                to="/people"
                className="nav-link"
                data-status={isPeople ? 'active' : undefined}
                aria-current={isPeople ? 'page' : undefined}
                activeOptions={{ exact: true, includeSearch: false }}
              >
                <PeopleIcon />
                <span>{t('nav.people')}</span>
              </Link>
              <Link to="/connect" className="nav-link">
                <ConnectIcon />
                <span>{t('connect.nav')}</span>
              </Link>
              <Link to="/introductions" className="nav-link">
                <HandshakeIcon />
                {/* "Introductions" does not fit a phone's tab; the short name stands in there. */}
                <span className="nav-label-long">{t('intro.nav')}</span>
                <span className="nav-label-short">{t('intro.navShort')}</span>
              </Link>
              <Link to="/referrals" className="nav-link">
                <ReferralIcon />
                <span>{t('referral.nav')}</span>
              </Link>
            </div>
            <div className="nav-tools">
              <Link to="/people/new" className="nav-link" title={t('nav.add')}>
                <PlusIcon />
                <span>{t('nav.add')}</span>
              </Link>
              <Link to="/import" className="nav-link" title={t('import.nav')}>
                <ImportIcon />
                <span>{t('import.nav')}</span>
              </Link>
              <Link to="/settings" className="nav-link" title={t('nav.settings')}>
                <SettingsIcon />
                <span>{t('nav.settings')}</span>
              </Link>
            </div>
          </nav>
          <div className="header-tools">
            <button
              type="button"
              className="icon-button shortcuts-button"
              onClick={() => setHelp(true)}
              aria-label={t('shortcuts.title')}
              title={t('shortcuts.title')}
            >
              <KeyboardIcon />
            </button>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      {help ? <ShortcutsHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
