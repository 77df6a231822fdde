import type { Migration } from '../migrator.js';
import { initial } from './20261123-0001-initial.js';
import { search } from './20261123-0002-search.js';

/** Every migration, oldest first. Forward-only: never edit one that has shipped; add another. */
export const MIGRATIONS: readonly Migration[] = [initial, search];
