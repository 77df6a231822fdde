/**
 * Follow-ups the connector puts on today's agenda: an introduction made a week ago, a referral's
 * follow-up date, thanks owed for a referral that was won, a gathering coming up.
 */
export interface ConnectorFollowUp {
  kind: 'introduction' | 'referral' | 'thanks' | 'gathering';
  /** The introduction, referral or gathering id. */
  id: number;
  /** The people involved: A and B of an introduction, the peer of a referral, a gathering's people. */
  people: { id: number; name: string }[];
  /** What it is about: the introduction's reason, the referral's client and project, the gathering's title. */
  about: string | null;
  /** The local date it is due. */
  dueOn: string;
}
