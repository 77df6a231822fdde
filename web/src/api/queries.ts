import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type PeopleQuery } from './client';

/** Query keys in one place, so every mutation knows what it makes stale. */
export const keys = {
  today: ['today'] as const,
  people: (q?: PeopleQuery) => (q ? (['people', q] as const) : (['people'] as const)),
  person: (id: number) => ['person', id] as const,
  interactions: (personId: number) => ['interactions', personId] as const,
  settings: ['settings'] as const,
  calendar: ['calendar'] as const,
};

export function useToday() {
  return useQuery({ queryKey: keys.today, queryFn: () => api.today() });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: keys.person(id), queryFn: () => api.person(id) });
}

export function useInteractions(personId: number) {
  return useQuery({
    queryKey: keys.interactions(personId),
    queryFn: () => api.interactions(personId, 200),
  });
}

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => api.settings(), staleTime: 60_000 });
}

/** The secret calendar subscription URL (made on first use). */
export function useCalendarLink() {
  return useQuery({ queryKey: keys.calendar, queryFn: () => api.calendar(), staleTime: Infinity });
}

/** After anything that changes people or interactions: what lists and the agenda show. */
export async function invalidatePeople(qc: QueryClient, personIds: readonly number[] = []) {
  await Promise.all([
    qc.invalidateQueries({ queryKey: keys.today }),
    qc.invalidateQueries({ queryKey: ['people'] }),
    ...personIds.flatMap((id) => [
      qc.invalidateQueries({ queryKey: keys.person(id) }),
      qc.invalidateQueries({ queryKey: keys.interactions(id) }),
    ]),
  ]);
}
