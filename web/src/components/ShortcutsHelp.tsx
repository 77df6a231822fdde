import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

const SHORTCUTS = [
  { keys: ['/'], label: 'shortcuts.search' },
  { keys: ['n'], label: 'shortcuts.newPerson' },
  { keys: ['l'], label: 'shortcuts.log' },
  { keys: ['?'], label: 'shortcuts.help' },
  { keys: ['Esc'], label: 'shortcuts.close' },
  { keys: ['Ctrl', 'Enter'], label: 'shortcuts.submit' },
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} closeOnBackdrop size="small">
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.label} className="shortcut-row">
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' + ' : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('shortcuts.note')}</p>
    </Dialog>
  );
}
