import type { Executor } from '../context.js';
import { getPerson } from './people.service.js';
import { findPhoto, type Photo } from './photos.repository.js';

/** Image types a browser shows; anything else is served as opaque bytes. */
const SHOWN = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/**
 * A person's contact photo, with the content type to serve it as (the stored type came from an
 * imported file: only known image types are trusted). Undefined when they have none; throws
 * PersonNotFound for an unknown id.
 */
export async function getPhoto(
  db: Executor,
  personId: number,
): Promise<(Photo & { contentType: string }) | undefined> {
  await getPerson(db, personId);
  const photo = await findPhoto(db, personId);
  if (!photo) return undefined;
  return { ...photo, contentType: SHOWN.has(photo.mime) ? photo.mime : 'application/octet-stream' };
}
