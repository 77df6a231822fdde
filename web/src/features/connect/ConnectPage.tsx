import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { connectRoute, type ConnectSearch } from '../../router';
import { usePageTitle } from '../../lib/usePageTitle';
import { GatheringSuggestions } from './GatheringSuggestions';
import { PlannedGatherings } from './PlannedGatherings';
import { SuggestedIntroductions } from './SuggestedIntroductions';
import { WhoCanHelp } from './WhoCanHelp';
import '../../styles/connect.css';

/**
 * Connect: who in the network can help with something, which two people are worth introducing,
 * and which few would make a good small gathering — each with the reasons, each one click from
 * being acted on.
 */
export function ConnectPage() {
  const { t } = useTranslation();
  const search = connectRoute.useSearch();
  const navigate = useNavigate({ from: '/connect' });
  usePageTitle(t('connect.title'));

  const setSearch = (patch: Partial<ConnectSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <div className="page page-connect">
      <header className="page-header">
        <div>
          <h1>{t('connect.title')}</h1>
          <p className="page-subtitle">{t('connect.subtitle')}</p>
        </div>
      </header>
      <WhoCanHelp q={search.q ?? ''} onAsk={(q) => setSearch({ q: q || undefined })} />
      <div className="connect-grid">
        <SuggestedIntroductions
          forPerson={search.for ?? ''}
          onFor={(name) => setSearch({ for: name || undefined })}
        />
        <div className="connect-side">
          <GatheringSuggestions />
          <PlannedGatherings />
        </div>
      </div>
    </div>
  );
}
