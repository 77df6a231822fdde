import type { Migration } from '../migrator.js';
import { initial } from './20261123-0001-initial.js';
import { search } from './20261123-0002-search.js';
import { accessTokens } from './20261124-0003-access-tokens.js';
import { photos } from './20261124-0004-photos.js';
import { calendarToken } from './20261124-0005-calendar-token.js';
import { connector } from './20261124-0006-connector.js';
import { introductions } from './20261124-0007-introductions.js';
import { referrals } from './20261124-0008-referrals.js';
import { gatherings } from './20261124-0009-gatherings.js';
import { knowsFromMeetings } from './20261124-0010-knows-from-meetings.js';

/** Every migration, oldest first. Forward-only: never edit one that has shipped; add another. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  search,
  accessTokens,
  photos,
  calendarToken,
  connector,
  introductions,
  referrals,
  gatherings,
  knowsFromMeetings,
];
