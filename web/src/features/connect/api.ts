import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import { keys as sharedKeys } from '../../api/queries';
import type {
  Gathering,
  GatheringStatus,
  GatheringSuggestion,
  Suggestion,
  WhoAnswer,
} from '../../api/types';
import type { Lang } from '../../i18n';
import { useLang } from '../../lib/useLang';

/** How many suggested introductions the page asks for. */
export const MATCH_LIMIT = 20;
/** How many gathering suggestions, per size. */
export const GATHERING_LIMIT = 5;
export const GATHERING_SIZES = [3, 4, 5] as const;
export type GatheringSize = (typeof GATHERING_SIZES)[number];

/** What a new gathering is planned with. */
export interface PlanGatheringInput {
  people: number[];
  title?: string | undefined;
  on?: string | undefined;
  place?: string | undefined;
  reasons?: string[] | undefined;
}

/** The connector's routes of `/api/v1`, as the Connect page uses them. */
export const connectApi = {
  who: (q: string) => request<WhoAnswer[]>('GET', '/who', undefined, { q, limit: 10 }),
  match: (forPerson?: string) =>
    request<Suggestion[]>('GET', '/match', undefined, { for: forPerson, limit: MATCH_LIMIT }),
  startIntroduction: (s: Suggestion) =>
    // Only the id is used here; the Introductions board owns the full shape.
    request<{ id: number }>('POST', '/introductions', {
      a: s.a.id,
      b: s.b.id,
      reason: s.reasons[0],
    }),
  /** They already know each other: no longer suggested (and the undo of that). */
  knows: (s: Suggestion) => request<{ added: boolean }>('POST', '/knows', { a: s.a.id, b: s.b.id }),
  forget: (s: Suggestion) =>
    request('DELETE', '/knows', undefined, { a: String(s.a.id), b: String(s.b.id) }),
  gatheringSuggestions: (size: GatheringSize) =>
    request<GatheringSuggestion[]>('GET', '/gatherings/suggestions', undefined, {
      size,
      limit: GATHERING_LIMIT,
    }),
  gatherings: (status: GatheringStatus) =>
    request<Gathering[]>('GET', '/gatherings', undefined, { status }),
  planGathering: (input: PlanGatheringInput) => request<Gathering>('POST', '/gatherings', input),
  gatheringHeld: (id: number) => request<Gathering>('POST', `/gatherings/${id}/held`, {}),
  cancelGathering: (id: number) => request<Gathering>('POST', `/gatherings/${id}/cancel`, {}),
};

/**
 * Query keys. Reasons come back in the request language, so the language is part of every key
 * that holds reasons: switching languages asks again instead of showing the other language.
 */
export const connectKeys = {
  all: ['connect'] as const,
  who: (lang: Lang, q: string) => ['connect', 'who', lang, q] as const,
  matches: ['connect', 'match'] as const,
  match: (lang: Lang, forPerson: string) => ['connect', 'match', lang, forPerson] as const,
  gatheringSuggestions: ['connect', 'gathering-suggestions'] as const,
  gatheringSuggestion: (lang: Lang, size: GatheringSize) =>
    ['connect', 'gathering-suggestions', lang, size] as const,
  gatherings: (status: GatheringStatus) => ['gatherings', status] as const,
};

export function useWho(q: string) {
  const lang = useLang();
  return useQuery({
    queryKey: connectKeys.who(lang, q),
    queryFn: () => connectApi.who(q),
    enabled: q !== '',
  });
}

export function useMatches(forPerson: string) {
  const lang = useLang();
  return useQuery({
    queryKey: connectKeys.match(lang, forPerson),
    queryFn: () => connectApi.match(forPerson || undefined),
  });
}

export function useGatheringSuggestions(size: GatheringSize) {
  const lang = useLang();
  return useQuery({
    queryKey: connectKeys.gatheringSuggestion(lang, size),
    queryFn: () => connectApi.gatheringSuggestions(size),
  });
}

export function usePlannedGatherings() {
  return useQuery({
    queryKey: connectKeys.gatherings('planned'),
    queryFn: () => connectApi.gatherings('planned'),
  });
}

/** Same pair, either way round. */
export function samePair(s: Suggestion, a: number, b: number): boolean {
  return (s.a.id === a && s.b.id === b) || (s.a.id === b && s.b.id === a);
}

/**
 * After an introduction is started: the pair leaves every suggestion list at once (the server
 * leaves it out too, on the refetch), and the boards that show introductions ask again.
 */
export async function afterIntroduction(qc: QueryClient, a: number, b: number): Promise<void> {
  qc.setQueriesData<Suggestion[]>({ queryKey: connectKeys.matches }, (list) =>
    list?.filter((s) => !samePair(s, a, b)),
  );
  await Promise.all([
    qc.invalidateQueries({ queryKey: connectKeys.matches }),
    qc.invalidateQueries({ queryKey: ['introductions'] }),
    qc.invalidateQueries({ queryKey: sharedKeys.today }),
  ]);
}

/** After two people were marked as knowing each other, or that was undone. */
export async function afterKnows(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: connectKeys.matches }),
    qc.invalidateQueries({ queryKey: connectKeys.gatheringSuggestions }),
  ]);
}

/**
 * After a gathering is planned, held or cancelled. Once held, everyone in it knows everyone, so
 * the suggested introductions change too.
 */
export async function afterGathering(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ['gatherings'] }),
    qc.invalidateQueries({ queryKey: connectKeys.gatheringSuggestions }),
    qc.invalidateQueries({ queryKey: connectKeys.matches }),
    qc.invalidateQueries({ queryKey: sharedKeys.today }),
  ]);
}
