import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import { connectionOf } from '../../db/raw.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../context.js';
import type { NewPersonRow } from '../people/people.repository.js';
import type { Handle } from '../people/people.js';
import type { Photo } from '../people/photos.repository.js';

/**
 * Bulk writes for imports. Each table's rows go through one prepared INSERT, run once per row on
 * the store's connection (see db/raw.ts): a statement per row through Kysely would spend most of
 * an import compiling and preparing SQL. Ids are assigned here, inside the import's write
 * transaction, so that tags, handles and the search index need no round trip per person.
 *
 * `root` is the store's Kysely instance (whose connection the transaction `trx` runs on).
 */
export interface BulkTarget {
  root: Executor;
  trx: Executor;
}

/** Parameters per statement on the Kysely fallback stay under SQLite's limit (32,766). */
const MAX_PARAMS = 30_000;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** One prepared statement per text and connection: imports write in many small batches. */
function prepared(sqlite: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map<string, Database.Statement>()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

async function insertRows<T extends keyof DB>(
  { root, trx }: BulkTarget,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const sqlite = connectionOf(root);
  if (sqlite) {
    // Table and column names come from this module, never from input; values are bound.
    const stmt = prepared(
      sqlite,
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const values = new Array<unknown>(columns.length);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!];
      stmt.run(values);
    }
    return;
  }
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += size) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

/** The first free person id. */
export async function nextPersonId(db: Executor): Promise<number> {
  const r = await sql<{ n: number | null }>`SELECT max(id) AS n FROM people`.execute(db);
  return (r.rows[0]?.n ?? 0) + 1;
}

export async function insertPeopleRows(
  t: BulkTarget,
  rows: readonly (NewPersonRow & { id: number })[],
): Promise<void> {
  await insertRows(t, 'people', rows as unknown as Record<string, unknown>[]);
}

export async function insertTagRows(
  t: BulkTarget,
  rows: readonly { person_id: number; tag: string }[],
): Promise<void> {
  await insertRows(t, 'person_tags', rows);
}

export async function insertHandleRows(
  t: BulkTarget,
  rows: readonly { person_id: number; platform: string; value: string; position: number }[],
): Promise<void> {
  await insertRows(t, 'person_handles', rows);
}

export async function insertSearchRows(
  t: BulkTarget,
  rows: readonly { rowid: number; tokens: string }[],
): Promise<void> {
  await insertRows(t, 'people_search', rows);
}

export async function insertPhotoRows(
  t: BulkTarget,
  rows: readonly ({ person_id: number } & Photo)[],
): Promise<void> {
  // better-sqlite3 binds Buffers as blobs (a bare Uint8Array is refused).
  await insertRows(
    t,
    'person_photos',
    rows.map((r) => ({
      person_id: r.person_id,
      mime: r.mime,
      data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength),
    })),
  );
}

/** What duplicate detection needs of everyone already stored (archived people too). */
export async function listMatchKeys(db: Executor): Promise<{
  people: { id: number; name: string; company: string | null }[];
  handles: ({ person_id: number } & Handle)[];
  uids: Map<number, string>;
}> {
  const rows = await db.selectFrom('people').select(['id', 'uid', 'name', 'company']).execute();
  const people = rows.map(({ id, name, company }) => ({ id, name, company }));
  const uids = new Map(rows.map((r) => [r.id, r.uid]));
  const handles = (await db
    .selectFrom('person_handles')
    .select(['person_id', 'platform', 'value'])
    .execute()) as ({ person_id: number } & Handle)[];
  return { people, handles, uids };
}
