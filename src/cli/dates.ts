import { addDays, localDate } from '../core/time/dates.js';
import type { Ctx } from '../core/context.js';

const RELATIVE: Record<string, number> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  今天: 0,
  昨天: -1,
  明天: 1,
};

/** Lets people type `today`, `yesterday`, 今天, 昨天… where a date is expected; the rest passes through. */
export function cliDate(input: string | undefined, ctx: Ctx): string | undefined {
  if (input === undefined) return undefined;
  const shift = RELATIVE[input.trim().toLowerCase()];
  if (shift === undefined) return input;
  return addDays(localDate(ctx.now(), ctx.timeZone), shift);
}
