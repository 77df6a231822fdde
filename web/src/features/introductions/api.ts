import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import { keys as sharedKeys } from '../../api/queries';
import type { IntroDrafts, Introduction, IntroOutcome, IntroStage } from '../../api/types';

/** One introduction with its message drafts (what `GET /introductions/{id}` answers). */
export type IntroductionWithDrafts = Introduction & { drafts: IntroDrafts };

export interface IntroListQuery {
  stage?: IntroStage | undefined;
  person?: number | undefined;
  open?: boolean | undefined;
}

export interface NewIntroductionInput {
  a: number | string;
  b: number | string;
  reason?: string | undefined;
  note?: string | undefined;
}

/** What `POST /introductions/{id}/advance` takes; no `to` means the next stage. */
export interface AdvanceInput {
  to?: IntroStage | undefined;
  skip?: boolean | undefined;
  consent?: ('a' | 'b')[] | undefined;
  outcome?: IntroOutcome | undefined;
  note?: string | undefined;
}

/** The introduction routes of `/api/v1`. */
export const introApi = {
  list: (q: IntroListQuery = {}) =>
    request<Introduction[]>('GET', '/introductions', undefined, { ...q }),
  get: (id: number) => request<IntroductionWithDrafts>('GET', `/introductions/${id}`),
  create: (input: NewIntroductionInput) => request<Introduction>('POST', '/introductions', input),
  advance: (id: number, input: AdvanceInput = {}) =>
    request<Introduction>('POST', `/introductions/${id}/advance`, input),
  consent: (id: number, side: 'a' | 'b', given: boolean) =>
    request<Introduction>('POST', `/introductions/${id}/consent`, { side, given }),
  remove: (id: number) => request<null>('DELETE', `/introductions/${id}`),
};

/** Every introduction list starts with 'introductions', so one invalidation reaches them all. */
export const introKeys = {
  all: ['introductions'] as const,
  list: (q: IntroListQuery) => ['introductions', 'list', q] as const,
  one: (id: number) => ['introductions', 'one', id] as const,
};

export function useIntroductions(q: IntroListQuery) {
  return useQuery({ queryKey: introKeys.list(q), queryFn: () => introApi.list(q) });
}

export function useIntroduction(id: number) {
  return useQuery({ queryKey: introKeys.one(id), queryFn: () => introApi.get(id) });
}

/**
 * After an introduction changes: the board, the person pages' panels (open introductions and the
 * give-and-take counts), today's follow-ups and the Connect page's suggestions all show it.
 */
export async function afterIntroChange(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: introKeys.all }),
    qc.invalidateQueries({ queryKey: ['reciprocity'] }),
    qc.invalidateQueries({ queryKey: sharedKeys.today }),
    // The Connect page leaves out pairs already on the board; a deleted one may come back.
    qc.invalidateQueries({ queryKey: ['connect'] }),
  ]);
}
