import type { Executor } from '../context.js';

export interface Photo {
  mime: string;
  data: Uint8Array;
}

export async function findPhoto(db: Executor, personId: number): Promise<Photo | undefined> {
  return db
    .selectFrom('person_photos')
    .select(['mime', 'data'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function hasPhoto(db: Executor, personId: number): Promise<boolean> {
  const r = await db
    .selectFrom('person_photos')
    .select('person_id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function savePhoto(db: Executor, personId: number, photo: Photo): Promise<void> {
  // better-sqlite3 binds Buffers as blobs (a bare Uint8Array is refused).
  const data = Buffer.from(photo.data.buffer, photo.data.byteOffset, photo.data.byteLength);
  await db
    .insertInto('person_photos')
    .values({ person_id: personId, mime: photo.mime, data })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ mime: photo.mime, data }))
    .execute();
}

/** Every photo with its person's uid (backups, exports). */
export async function listPhotos(
  db: Executor,
): Promise<({ personId: number; uid: string } & Photo)[]> {
  const rows = await db
    .selectFrom('person_photos as f')
    .innerJoin('people as p', 'p.id', 'f.person_id')
    .select(['f.person_id', 'p.uid', 'f.mime', 'f.data'])
    .execute();
  return rows.map((r) => ({ personId: r.person_id, uid: r.uid, mime: r.mime, data: r.data }));
}
