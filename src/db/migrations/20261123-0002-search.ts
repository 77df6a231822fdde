import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';
import { rebuildSearchIndex } from '../../core/search/search.repository.js';
import type { DB } from '../schema.js';

/**
 * The people search index. FTS5 with the `ascii` tokenizer over text we tokenise ourselves
 * (search-text.ts): every non-ASCII character is a token character, so our spaces are the only
 * boundaries and the index agrees exactly with the matching rule. Prefix indexes make one- to
 * three-letter prefixes (initials such as `zw`) an index lookup.
 */
export const search: Migration = {
  id: '20261123-0002-search',
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE VIRTUAL TABLE people_search USING fts5(
        tokens, tokenize = 'ascii', prefix = '1 2 3', columnsize = 0
      )`.execute(db);
    await rebuildSearchIndex(db as Kysely<DB>);
  },
};
