import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Stage, Tier } from './api/types';
import { Layout } from './components/Layout';
import { ErrorState, Loading, NotFoundPage } from './components/QueryState';
import { TodayPage } from './features/today/TodayPage';
import { isTerm, STAGES, TIERS } from './lib/vocab';

function NotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage
      title={t('notFound.title')}
      text={t('notFound.text')}
      to="/"
      back={t('notFound.back')}
    />
  );
}

function Pending() {
  return (
    <div className="page">
      <Loading />
    </div>
  );
}

function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <ErrorState
        title={t('errors.pageTitle')}
        message={error instanceof Error ? error.message : t('errors.unknown')}
        actionLabel={t('common.reload')}
        onAction={() => window.location.reload()}
      />
    </div>
  );
}

/** What the People page keeps in the address: the search and the filters. */
export interface PeopleSearch {
  q?: string;
  tier?: Tier;
  stage?: Stage;
  tag?: string;
  archived?: 'only';
}

function text(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });

const todayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: TodayPage,
});

export const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: (s: Record<string, unknown>): PeopleSearch => ({
    // `search` is accepted too (the API's name for it); the address then keeps `q`.
    q: text(s.q) ?? text(s.search),
    tier: isTerm(TIERS, s.tier) ? s.tier : undefined,
    stage: isTerm(STAGES, s.stage) ? s.stage : undefined,
    tag: text(s.tag),
    archived: s.archived === 'only' ? 'only' : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/people/PeoplePage'), 'PeoplePage'),
});

export const newPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  component: lazyRouteComponent(
    () => import('./features/person-form/NewPersonPage'),
    'NewPersonPage',
  ),
});

export const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$id',
  component: lazyRouteComponent(() => import('./features/person/PersonPage'), 'PersonPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./features/import/ImportPage'), 'ImportPage'),
});

/** What the Connect page keeps in the address: the "who can help" question, the person filter. */
export interface ConnectSearch {
  q?: string;
  for?: string;
}

export const connectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connect',
  validateSearch: (s: Record<string, unknown>): ConnectSearch => ({
    q: text(s.q),
    for: text(s.for),
  }),
  component: lazyRouteComponent(() => import('./features/connect/ConnectPage'), 'ConnectPage'),
});

/** The Introductions board can be narrowed to one person's introductions (`?person=ID`). */
export interface IntroductionsSearch {
  person?: number;
}

function personId(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export const introductionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/introductions',
  validateSearch: (s: Record<string, unknown>): IntroductionsSearch => ({
    person: personId(s.person),
  }),
  component: lazyRouteComponent(
    () => import('./features/introductions/IntroductionsPage'),
    'IntroductionsPage',
  ),
});

/** What the Referrals page keeps in the address: direction, open or closed, one person. */
export interface ReferralsSearch {
  direction?: 'out' | 'in';
  show?: 'closed' | 'all';
  person?: number;
}

export const referralsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/referrals',
  validateSearch: (s: Record<string, unknown>): ReferralsSearch => ({
    direction: s.direction === 'out' || s.direction === 'in' ? s.direction : undefined,
    show: s.show === 'closed' || s.show === 'all' ? s.show : undefined,
    person: personId(s.person),
  }),
  component: lazyRouteComponent(
    () => import('./features/referrals/ReferralsPage'),
    'ReferralsPage',
  ),
});

const routeTree = rootRoute.addChildren([
  todayRoute,
  peopleRoute,
  newPersonRoute,
  personRoute,
  settingsRoute,
  importRoute,
  connectRoute,
  introductionsRoute,
  referralsRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultPendingComponent: Pending,
  defaultPendingMs: 150,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
