import type { Stage, Tier } from '../api/types';
import { useLang } from '../lib/useLang';
import { STAGES, TIERS, termLabel } from '../lib/vocab';

/** The tier at a glance: a colour and its name (never colour alone). */
export function TierBadge({ tier }: { tier: Tier }) {
  const lang = useLang();
  return <span className={`badge tier tier-${tier}`}>{termLabel(TIERS, tier, lang)}</span>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  const lang = useLang();
  return <span className={`badge stage stage-${stage}`}>{termLabel(STAGES, stage, lang)}</span>;
}
