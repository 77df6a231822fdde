import type Database from 'better-sqlite3';

const connections = new WeakMap<object, Database.Database>();

/** Remembers the connection under a Kysely instance (openStore does this for every store). */
export function registerConnection(db: object, sqlite: Database.Database): void {
  connections.set(db, sqlite);
}

/**
 * The better-sqlite3 connection under a Kysely instance opened by openStore. Bulk writes use it to
 * run one prepared statement many times: through Kysely every row would be compiled and prepared
 * anew. Kysely runs everything on this one connection, so statements run on it inside one of its
 * transactions belong to that transaction.
 */
export function connectionOf(db: object): Database.Database | undefined {
  return connections.get(db);
}
