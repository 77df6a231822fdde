import type { Migration } from '../migrator.js';
import { initial } from './20261123-0001-initial.js';
import { search } from './20261123-0002-search.js';
import { accessTokens } from './20261124-0003-access-tokens.js';
import { photos } from './20261124-0004-photos.js';
import { calendarToken } from './20261124-0005-calendar-token.js';
import { connector } from './20261124-0006-connector.js';

/** Every migration, oldest first. Forward-only: never edit one that has shipped; add another. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  search,
  accessTokens,
  photos,
  calendarToken,
  connector,
];
