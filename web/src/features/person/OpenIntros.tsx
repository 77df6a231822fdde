import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import { INTRO_STAGES, termLabel } from '../../lib/vocab';
import { useIntroductions } from '../introductions/api';

/** A person's introductions still under way, each with its stage, and the way to the board. */
export function OpenIntros({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useIntroductions({ person: personId, open: true });
  const list = query.data ?? [];
  // Quiet while loading or when there is nothing: the panel stays compact.
  if (list.length === 0) return null;
  return (
    <div className="give-take-part">
      <h3>
        {t('reciprocity.openIntros')} <span className="count-pill">{list.length}</span>
      </h3>
      <ul className="give-take-list">
        {list.map((i) => {
          const other = i.a.id === personId ? i.b : i.a;
          return (
            <li key={i.id}>
              <Link to="/people/$id" params={{ id: String(other.id) }} className="person-link">
                {other.name}
              </Link>
              <span className="muted"> · {termLabel(INTRO_STAGES, i.stage, lang)}</span>
              {i.reason ? <span className="give-take-about"> — {i.reason}</span> : null}
            </li>
          );
        })}
      </ul>
      <Link to="/introductions" search={{ person: personId }} className="small">
        {t('reciprocity.toBoard')}
      </Link>
    </div>
  );
}
