import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import { invalidatePeople, keys, usePerson, useSettings } from '../../api/queries';
import type { Handle, Person } from '../../api/types';
import { StageBadge, TierBadge } from '../../components/Badges';
import { LogInteractionDialog } from '../../components/LogInteractionDialog';
import { NotFoundPage, QueryState } from '../../components/QueryState';
import { SnoozeDialog } from '../../components/SnoozeDialog';
import { useToast } from '../../components/Toasts';
import { personRoute } from '../../router';
import { cadenceStatus } from '../../lib/cadence';
import { formatBirthday, formatDate, formatInstant } from '../../lib/dates';
import { useShortcut } from '../../lib/shortcuts';
import { useLang } from '../../lib/useLang';
import { usePageTitle } from '../../lib/usePageTitle';
import { PLATFORMS, termLabel } from '../../lib/vocab';
import { formFromPerson, toUpdateInput, type PersonFormState } from '../person-form/formState';
import { PersonForm } from '../person-form/PersonForm';
import { ReciprocityPanel } from './ReciprocityPanel';
import { Timeline } from './Timeline';

export function PersonPage() {
  const { t } = useTranslation();
  const { id: idParam } = personRoute.useParams();
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const query = usePerson(valid ? id : 0);

  usePageTitle(query.data?.name ?? t('person.title'));

  if (!valid || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <NotFoundPage
        title={t('person.notFound')}
        text={t('person.notFoundText')}
        to="/people"
        back={t('person.backToPeople')}
      />
    );
  }
  return (
    <QueryState query={query} page>
      {(person) => <PersonView key={person.id} person={person} />}
    </QueryState>
  );
}

function PersonView({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const archived = person.archivedAt !== null;

  useShortcut('l', () => setLogging(true), !editing && !archived);

  const status = cadenceStatus(person, t, lang);
  const cadenceText =
    person.cadenceDays !== null
      ? t('cadence.every', { count: person.cadenceDays })
      : person.effectiveCadenceDays === null
        ? t('cadence.noneTier')
        : t('cadence.everyTier', { count: person.effectiveCadenceDays });

  const update = useMutation({
    mutationFn: ({ f, orig }: { f: PersonFormState; orig: PersonFormState }) =>
      api.updatePerson(person.id, toUpdateInput(f, orig)),
    onSuccess: async (p) => {
      qc.setQueryData(keys.person(p.id), p);
      setEditing(false);
      toast.success(t('person.saved', { name: p.name }));
      await invalidatePeople(qc, [p.id]);
    },
  });

  const setArchived = async (archive: boolean, withUndo: boolean) => {
    try {
      const p = archive ? await api.archivePerson(person.id) : await api.restorePerson(person.id);
      qc.setQueryData(keys.person(p.id), p);
      toast.success(
        archive ? t('person.archived', { name: p.name }) : t('person.restored', { name: p.name }),
        withUndo ? { label: t('common.undo'), run: () => setArchived(!archive, false) } : undefined,
      );
      await invalidatePeople(qc, [p.id]);
    } catch (e) {
      toast.error(e);
    }
  };

  const initial = formFromPerson(person);

  return (
    <div className="page page-person">
      <header className="person-header">
        {person.hasPhoto && (
          <img
            className="person-photo"
            src={`/api/v1/people/${person.id}/photo`}
            alt=""
            width={72}
            height={72}
          />
        )}
        <div className="person-heading">
          <h1>{person.name}</h1>
          <p className="person-names">
            {[person.nameLatin, person.pinyin, ...person.nicknames]
              .filter((x): x is string => Boolean(x) && x !== person.name)
              .join(' · ')}
          </p>
          <div className="person-badges">
            <TierBadge tier={person.tier} />
            <StageBadge stage={person.stage} />
            <span className={`status status-${status.tone}`}>{status.text}</span>
            {cadenceText ? <span className="muted small">{cadenceText}</span> : null}
          </div>
        </div>
        <div className="person-actions">
          {!archived ? (
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setLogging(true)}
                aria-keyshortcuts="l"
              >
                {t('person.log')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setEditing((e) => !e)}
                aria-pressed={editing}
              >
                {t('person.edit')}
              </button>
              <button type="button" className="button" onClick={() => setSnoozing(true)}>
                {t('person.snooze')}
              </button>
              <button
                type="button"
                className="button button-ghost"
                onClick={() => void setArchived(true, true)}
              >
                {t('person.archive')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void setArchived(false, true)}
            >
              {t('person.restore')}
            </button>
          )}
        </div>
      </header>

      {archived && person.archivedAt ? (
        <p className="banner" role="note">
          {t('person.archivedBanner', { date: formatInstant(person.archivedAt, lang) })}
        </p>
      ) : null}

      {editing ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('person.editTitle')}</h2>
          <PersonForm
            mode="edit"
            initial={initial}
            submitting={update.isPending}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={(f) => update.mutate({ f, orig: initial })}
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            tierCadence={settings.data ? (tier) => settings.data[`cadence.${tier}`] : undefined}
          />
        </section>
      ) : (
        <div className="person-layout">
          <div className="person-profile">
            <p className="next-step">
              <strong>{t('person.nextStep')}</strong> {t(`person.step.${person.stage}`)}
            </p>
            <Profile person={person} />
            <ReciprocityPanel person={person} />
          </div>
          <Timeline person={person} onLog={() => setLogging(true)} />
        </div>
      )}

      {logging ? (
        <LogInteractionDialog
          people={[{ id: person.id, name: person.name }]}
          onClose={() => setLogging(false)}
        />
      ) : null}
      {snoozing ? (
        <SnoozeDialog
          id={person.id}
          name={person.name}
          snoozedUntil={person.snoozedUntil}
          onClose={() => setSnoozing(false)}
        />
      ) : null}
    </div>
  );
}

function List({ items }: { items: string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="plain-list">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="profile-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A handle as a link only when it is safely one (http(s) URL or e-mail); otherwise text. */
function HandleValue({ h }: { h: Handle }) {
  if (h.platform === 'email' && /^[^\s@]+@[^\s@]+$/.test(h.value)) {
    return <a href={`mailto:${h.value}`}>{h.value}</a>;
  }
  if (/^https?:\/\//i.test(h.value)) {
    try {
      const u = new URL(h.value);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        return (
          <a href={u.href} target="_blank" rel="noopener noreferrer">
            {h.value}
          </a>
        );
      }
    } catch {
      // Not a URL: shown as text.
    }
  }
  return <>{h.value}</>;
}

function Profile({ person: p }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLang();
  const work: [string, ReactNode][] = [];
  const sep = lang === 'zh' ? '、' : ', ';
  if (p.disciplines.length) work.push([t('form.disciplines'), p.disciplines.join(sep)]);
  if (p.skills.length) work.push([t('form.skills'), p.skills.join(sep)]);
  if (p.title) work.push([t('form.title'), p.title]);
  if (p.company) work.push([t('form.company'), p.company]);
  if (p.city) work.push([t('form.city'), p.city]);

  const connector: [string, string[]][] = (
    [
      [t('form.needs'), p.needs],
      [t('form.offers'), p.offers],
      [t('form.seeking'), p.seeking],
      [t('form.challenges'), p.challenges],
      [t('form.goals'), p.goals],
    ] as [string, string[]][]
  ).filter(([, v]) => v.length > 0);

  const met: [string, ReactNode][] = [];
  if (p.metOn) {
    met.push([
      t('person.metOn'),
      p.metTime ? formatInstant(p.metTime, lang) : formatDate(p.metOn, lang),
    ]);
  }
  if (p.metPlace) met.push([t('form.metPlace'), p.metPlace]);
  if (p.metHow) met.push([t('form.metHow'), p.metHow]);
  if (p.introducedBy) {
    met.push([
      t('form.introducedBy'),
      <Link to="/people/$id" params={{ id: String(p.introducedBy.id) }}>
        {p.introducedBy.name}
      </Link>,
    ]);
  }
  met.push([t('person.addedOn'), formatDate(p.addedOn, lang)]);

  const empty = work.length === 0 && connector.length === 0 && p.handles.length === 0;

  return (
    <div className="profile">
      {empty ? <p className="hint profile-empty">{t('person.profileEmpty')}</p> : null}
      {work.length > 0 ? (
        <section className="profile-section" aria-labelledby="profile-work">
          <h2 id="profile-work">{t('form.groupWork')}</h2>
          <dl>
            {work.map(([label, value]) => (
              <Row key={label} label={label}>
                {value}
              </Row>
            ))}
          </dl>
        </section>
      ) : null}
      {connector.length > 0 ? (
        <section className="profile-section" aria-labelledby="profile-connector">
          <h2 id="profile-connector">{t('form.groupConnector')}</h2>
          <dl>
            {connector.map(([label, items]) => (
              <Row key={label} label={label}>
                <List items={items} />
              </Row>
            ))}
          </dl>
        </section>
      ) : null}
      {p.handles.length > 0 || p.birthday ? (
        <section className="profile-section" aria-labelledby="profile-contact">
          <h2 id="profile-contact">{t('form.groupContact')}</h2>
          <dl>
            {p.handles.map((h, i) => (
              <Row key={`${h.platform}-${i}`} label={termLabel(PLATFORMS, h.platform, lang)}>
                <HandleValue h={h} />
              </Row>
            ))}
            {p.birthday ? (
              <Row label={t('form.birthday')}>{formatBirthday(p.birthday, lang)}</Row>
            ) : null}
          </dl>
        </section>
      ) : null}
      <section className="profile-section" aria-labelledby="profile-met">
        <h2 id="profile-met">{t('form.groupMet')}</h2>
        <dl>
          {met.map(([label, value]) => (
            <Row key={label} label={label}>
              {value}
            </Row>
          ))}
        </dl>
      </section>
      {p.tags.length > 0 || p.note ? (
        <section className="profile-section" aria-labelledby="profile-notes">
          <h2 id="profile-notes">{t('form.groupNotes')}</h2>
          {p.tags.length > 0 ? (
            <ul className="tag-list" aria-label={t('person.tags')}>
              {p.tags.map((tag) => (
                <li key={tag}>
                  <Link to="/people" search={{ tag }} className="tag">
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {p.note ? <p className="note">{p.note}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
