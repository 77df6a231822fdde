import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import { keys as sharedKeys } from '../../api/queries';
import type { Reciprocity, Referral, ReferralDirection, ReferralStatus } from '../../api/types';

export interface ReferralListQuery {
  direction?: ReferralDirection | undefined;
  status?: ReferralStatus | undefined;
  person?: number | undefined;
  open?: boolean | undefined;
}

/** What `POST /referrals` takes. `value` is a number, or the text as typed when it is not one. */
export interface NewReferralInput {
  direction: ReferralDirection;
  person: number | string | undefined;
  client: string;
  project?: string | undefined;
  value?: number | string | null | undefined;
  currency?: string | undefined;
  referredOn?: string | undefined;
  followUpOn?: string | null | undefined;
  note?: string | undefined;
}

export interface AdvanceReferralInput {
  to?: ReferralStatus | undefined;
  followUpOn?: string | null | undefined;
  note?: string | undefined;
}

/** The referral and reciprocity routes of `/api/v1`. */
export const referralApi = {
  list: (q: ReferralListQuery = {}) =>
    request<Referral[]>('GET', '/referrals', undefined, { ...q }),
  create: (input: NewReferralInput) => request<Referral>('POST', '/referrals', input),
  advance: (id: number, input: AdvanceReferralInput) =>
    request<Referral>('POST', `/referrals/${id}/advance`, input),
  thanks: (id: number) => request<Referral>('POST', `/referrals/${id}/thanks`, {}),
  remove: (id: number) => request<null>('DELETE', `/referrals/${id}`),
  reciprocity: (personId: number) => request<Reciprocity>('GET', `/people/${personId}/reciprocity`),
};

export const referralKeys = {
  all: ['referrals'] as const,
  list: (q: ReferralListQuery) => ['referrals', 'list', q] as const,
  reciprocity: (personId: number) => ['reciprocity', personId] as const,
};

export function useReferrals(q: ReferralListQuery) {
  return useQuery({ queryKey: referralKeys.list(q), queryFn: () => referralApi.list(q) });
}

export function useReciprocity(personId: number) {
  return useQuery({
    queryKey: referralKeys.reciprocity(personId),
    queryFn: () => referralApi.reciprocity(personId),
  });
}

/** After a referral changes: the lists, the give-and-take panels and today's follow-ups. */
export async function afterReferralChange(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: referralKeys.all }),
    qc.invalidateQueries({ queryKey: ['reciprocity'] }),
    qc.invalidateQueries({ queryKey: sharedKeys.today }),
  ]);
}
