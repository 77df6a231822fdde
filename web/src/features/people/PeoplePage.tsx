import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, type PeopleQuery } from '../../api/client';
import { invalidatePeople, keys } from '../../api/queries';
import type { PersonSummary, Tier } from '../../api/types';
import { StageBadge, TierBadge } from '../../components/Badges';
import { TermSelect } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AddFirstPerson, EmptyState } from '../../components/EmptyState';
import { SearchIcon } from '../../components/Icons';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toasts';
import { peopleRoute, type PeopleSearch } from '../../router';
import { cadenceStatus } from '../../lib/cadence';
import { formatDate } from '../../lib/dates';
import { takeSearchFocusRequest, useShortcut } from '../../lib/shortcuts';
import { useDebounced } from '../../lib/useDebounced';
import { useLang } from '../../lib/useLang';
import { usePageTitle } from '../../lib/usePageTitle';
import { STAGES, TIERS, termLabel } from '../../lib/vocab';

const PAGE = 100;
/** Moving this many people or more at once asks first. */
export const BULK_CONFIRM_AT = 5;

export function PeoplePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const search = peopleRoute.useSearch();
  const navigate = useNavigate({ from: '/people' });
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('people.title'));

  const [text, setText] = useState(search.q ?? '');
  const [tagText, setTagText] = useState(search.tag ?? '');
  const q = useDebounced(text.trim(), 150);
  const tag = useDebounced(tagText.trim(), 250);
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkTier, setBulkTier] = useState<Tier>('core');
  const [confirming, setConfirming] = useState(false);
  const [bulkBusy, setBulkBusy] = useState(false);

  const setSearch = (patch: Partial<PeopleSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  // The typed text goes to the address once it settles, so back/forward and reloads keep it.
  useEffect(() => {
    if (q !== (search.q ?? '')) setSearch({ q: q || undefined });
  }, [q]);
  useEffect(() => {
    if (tag !== (search.tag ?? '')) setSearch({ tag: tag || undefined });
  }, [tag]);
  // Links from elsewhere (a tier count, a tag) change the address: follow them.
  useEffect(() => {
    setText((cur) => (cur.trim() === (search.q ?? '') ? cur : (search.q ?? '')));
    setTagText((cur) => (cur.trim() === (search.tag ?? '') ? cur : (search.tag ?? '')));
  }, [search.q, search.tag]);

  useEffect(() => {
    if (takeSearchFocusRequest()) searchRef.current?.focus();
  }, []);
  useShortcut('/', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  const query: PeopleQuery = {
    search: search.q,
    tier: search.tier,
    stage: search.stage,
    tag: search.tag,
    archived: search.archived === 'only' ? 'only' : 'exclude',
    limit,
  };
  const peopleQuery = useQuery({
    queryKey: keys.people(query),
    queryFn: () => api.people(query),
    placeholderData: keepPreviousData,
  });
  const { data, isFetching } = peopleQuery;

  // A new question starts a new selection and the first page.
  const filterKey = JSON.stringify([
    search.q,
    search.tier,
    search.stage,
    search.tag,
    search.archived,
  ]);
  useEffect(() => {
    setSelected(new Set());
    setLimit(PAGE);
  }, [filterKey]);

  const people = useMemo(() => data ?? [], [data]);
  const filtered = Boolean(
    search.q || search.tier || search.stage || search.tag || search.archived,
  );
  const allSelected = people.length > 0 && people.every((p) => selected.has(p.id));

  const toggle = (pid: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(pid)) next.delete(pid);
      else next.add(pid);
      return next;
    });

  const applyBulk = async () => {
    const ids = [...selected];
    const before = new Map<Tier, number[]>();
    for (const p of people) {
      if (!selected.has(p.id) || p.tier === bulkTier) continue;
      before.set(p.tier, [...(before.get(p.tier) ?? []), p.id]);
    }
    setBulkBusy(true);
    try {
      const r = await api.bulkTier(ids, bulkTier);
      setConfirming(false);
      setSelected(new Set());
      toast.success(
        t('people.bulkDone', {
          count: r.updated,
          tier: termLabel(TIERS, bulkTier, lang),
        }),
        before.size > 0
          ? {
              label: t('common.undo'),
              run: async () => {
                for (const [tier, group] of before) await api.bulkTier(group, tier);
                await invalidatePeople(qc);
                toast.success(t('people.bulkUndone'));
              },
            }
          : undefined,
      );
      await invalidatePeople(qc);
    } catch (e) {
      setConfirming(false);
      toast.error(e);
    } finally {
      setBulkBusy(false);
    }
  };

  const restore = async (p: PersonSummary) => {
    try {
      await api.restorePerson(p.id);
      toast.success(t('person.restored', { name: p.name }));
      await invalidatePeople(qc, [p.id]);
    } catch (e) {
      toast.error(e);
    }
  };

  return (
    <div className="page page-people">
      <header className="page-header">
        <div>
          <h1>{t('people.title')}</h1>
          <p className="page-subtitle">{t('people.subtitle')}</p>
        </div>
        <Link to="/people/new" className="button button-primary">
          {t('people.add')}
        </Link>
      </header>

      <form
        role="search"
        className="people-filters"
        aria-label={t('people.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field search-field">
          <label htmlFor={`${id}-q`}>{t('people.search')}</label>
          <div className="input-with-icon">
            <SearchIcon />
            <input
              id={`${id}-q`}
              ref={searchRef}
              type="search"
              value={text}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('people.searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && text) {
                  e.preventDefault();
                  setText('');
                }
              }}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tier`}>{t('people.tier')}</label>
          <TermSelect
            id={`${id}-tier`}
            terms={TIERS}
            value={search.tier ?? ''}
            onValue={(v) => setSearch({ tier: v || undefined })}
            empty={t('people.allTiers')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('people.stage')}</label>
          <TermSelect
            id={`${id}-stage`}
            terms={STAGES}
            value={search.stage ?? ''}
            onValue={(v) => setSearch({ stage: v || undefined })}
            empty={t('people.allStages')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('people.tag')}</label>
          <input
            id={`${id}-tag`}
            type="text"
            value={tagText}
            autoComplete="off"
            placeholder={t('people.tagPlaceholder')}
            onChange={(e) => setTagText(e.target.value)}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={search.archived === 'only'}
            onChange={(e) => setSearch({ archived: e.target.checked ? 'only' : undefined })}
          />
          <span>{t('people.showArchived')}</span>
        </label>
      </form>

      {selected.size > 0 ? (
        <section className="bulk-bar" aria-label={t('people.bulkLabel')}>
          <span className="bulk-count">{t('people.selected', { count: selected.size })}</span>
          <div className="bulk-controls">
            <label htmlFor={`${id}-bulk`}>{t('people.moveTo')}</label>
            <TermSelect id={`${id}-bulk`} terms={TIERS} value={bulkTier} onValue={setBulkTier} />
            <button
              type="button"
              className="button button-primary"
              disabled={bulkBusy}
              onClick={() => {
                if (selected.size >= BULK_CONFIRM_AT) setConfirming(true);
                else void applyBulk();
              }}
            >
              {t('people.applyTier')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setSelected(new Set())}
            >
              {t('people.clearSelection')}
            </button>
          </div>
        </section>
      ) : null}

      <QueryState query={peopleQuery}>
        {() =>
          people.length === 0 ? (
            filtered ? (
              <EmptyState
                icon={<SearchIcon width={40} height={40} />}
                title={
                  search.q ? t('people.noMatch', { query: search.q }) : t('people.noFilterMatch')
                }
                action={
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setText('');
                      setTagText('');
                      void navigate({ search: {}, replace: true });
                    }}
                  >
                    {t('people.clearFilters')}
                  </button>
                }
              >
                <p>{search.archived ? t('people.noArchived') : t('people.noMatchHint')}</p>
              </EmptyState>
            ) : (
              <AddFirstPerson title={t('people.emptyTitle')}>
                <p>{t('people.emptyText')}</p>
              </AddFirstPerson>
            )
          ) : (
            <>
              <div className="list-toolbar">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(people.map((p) => p.id)))
                    }
                  />
                  <span>{t('people.selectAll')}</span>
                </label>
                <p className="muted small" role="status" aria-live="polite">
                  {isFetching
                    ? t('common.loading')
                    : people.length >= limit
                      ? t('people.countMore', { count: people.length })
                      : t('people.count', { count: people.length })}
                </p>
              </div>
              <ul className="people-list" aria-label={t('people.listLabel')}>
                {people.map((p) => (
                  <PersonRow
                    key={p.id}
                    person={p}
                    selected={selected.has(p.id)}
                    onToggle={() => toggle(p.id)}
                    onTag={(tagValue) => {
                      setTagText(tagValue);
                      setSearch({ tag: tagValue });
                    }}
                    onRestore={() => void restore(p)}
                  />
                ))}
              </ul>
              {people.length >= limit ? (
                <div className="list-more">
                  <button
                    type="button"
                    className="button"
                    onClick={() => setLimit((l) => l + PAGE)}
                  >
                    {t('people.showMore')}
                  </button>
                </div>
              ) : null}
            </>
          )
        }
      </QueryState>

      {confirming ? (
        <ConfirmDialog
          title={t('people.bulkConfirmTitle', { count: selected.size })}
          message={t('people.bulkConfirmText', {
            count: selected.size,
            tier: termLabel(TIERS, bulkTier, lang),
          })}
          confirmLabel={t('people.applyTier')}
          busy={bulkBusy}
          onConfirm={() => void applyBulk()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

function PersonRow({
  person: p,
  selected,
  onToggle,
  onTag,
  onRestore,
}: {
  person: PersonSummary;
  selected: boolean;
  onToggle: () => void;
  onTag: (tag: string) => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const status = cadenceStatus(p, t, lang);
  const where = [p.city, p.company].filter(Boolean).join(' · ');
  return (
    <li
      className={selected ? 'person-row is-selected' : 'person-row'}
      data-testid="person-row"
      data-person-id={p.id}
    >
      <input
        type="checkbox"
        className="person-row-check"
        checked={selected}
        onChange={onToggle}
        aria-label={t('people.select', { name: p.name })}
      />
      <div className="person-row-main">
        <div className="person-row-title">
          <Link to="/people/$id" params={{ id: String(p.id) }} className="person-link">
            {p.name}
          </Link>
          {p.nameLatin && p.nameLatin !== p.name ? (
            <span className="muted">{p.nameLatin}</span>
          ) : null}
        </div>
        {where ? <div className="person-row-where">{where}</div> : null}
        {p.tags.length > 0 ? (
          <ul className="tag-list" aria-label={t('person.tags')}>
            {p.tags.slice(0, 6).map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="tag"
                  onClick={() => onTag(tag)}
                  title={t('people.filterByTag', { tag })}
                >
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="person-row-badges">
        <TierBadge tier={p.tier} />
        <StageBadge stage={p.stage} />
      </div>
      <div className="person-row-status">
        <span className={`status status-${status.tone}`}>{status.text}</span>
        <span className="muted small">
          {p.lastInteractionOn
            ? t('today.lastContact', { date: formatDate(p.lastInteractionOn, lang) })
            : t('today.neverContacted')}
        </span>
        {p.archivedAt ? (
          <button
            type="button"
            className="button button-small"
            onClick={onRestore}
            aria-label={t('person.restoreNamed', { name: p.name })}
          >
            {t('person.restore')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
