import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Introduction } from '../../api/types';
import { Segmented } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toasts';
import type { Lang } from '../../i18n';
import { useLang } from '../../lib/useLang';
import { useIntroduction, type IntroductionWithDrafts } from './api';
import '../../styles/intro-dialogs.css';

type DraftKey = 'askA' | 'askB' | 'introduce';
const DRAFTS: readonly DraftKey[] = ['askA', 'askB', 'introduce'];

/**
 * The three messages of a double opt-in introduction, ready to paste into WeChat: ask A, ask B,
 * then the group message that introduces them. In Chinese or English, whatever the UI speaks.
 */
export function DraftsDialog({ intro, onClose }: { intro: Introduction; onClose: () => void }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const id = useId();
  const [lang, setLang] = useState<Lang>(uiLang);
  const query = useIntroduction(intro.id);

  return (
    <Dialog
      title={t('intro.drafts.title', { a: intro.a.name, b: intro.b.name })}
      description={t('intro.drafts.description')}
      onClose={onClose}
    >
      <div className="drafts">
        <Segmented
          legend={t('intro.drafts.language')}
          name={`${id}-lang`}
          value={lang}
          onValue={setLang}
          options={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
        <QueryState query={query}>
          {(full) => (
            <div className="draft-list">
              {DRAFTS.map((k) => (
                <Draft key={k} which={k} intro={full} lang={lang} />
              ))}
            </div>
          )}
        </QueryState>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function Draft({
  which,
  intro,
  lang,
}: {
  which: DraftKey;
  intro: IntroductionWithDrafts;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const text = intro.drafts[which][lang];
  const title = t(`intro.drafts.${which}`, { a: intro.a.name, b: intro.b.name });

  const copy = async () => {
    // The Clipboard API exists only in secure contexts (loopback yes, a LAN address over http
    // no), and refuses a page without focus; the old way (select, copy) is the second try.
    const viaSelection = () => {
      area.current?.select();
      return document.execCommand('copy');
    };
    const copied = await (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error()))
      .then(() => true)
      .catch(viaSelection);
    if (copied) toast.success(t('intro.drafts.copied', { what: title }));
    else {
      area.current?.select();
      toast.show({ message: t('intro.drafts.copyFailed'), tone: 'error' });
    }
  };

  return (
    <section className="draft" aria-labelledby={`${id}-title`}>
      <div className="draft-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button button-small" onClick={() => void copy()}>
          {t('intro.drafts.copy')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      <textarea
        ref={area}
        className="draft-text"
        readOnly
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
        aria-labelledby={`${id}-title`}
        rows={Math.min(8, Math.max(3, text.split('\n').length + 1))}
        value={text}
      />
    </section>
  );
}
