import type { Ctx } from '../context.js';
import type { Lang } from '../i18n/lang.js';
import { listAllPeople } from '../people/people.service.js';
import { listPhotos } from '../people/photos.repository.js';
import { peopleToCsv } from '../../formats/csv/write.js';
import { personToVCard } from '../../formats/vcard/write.js';
import { exportBackup } from './backup.service.js';
import { exportCalendar } from './calendar.service.js';
import { PRODID } from './product.js';

import { EXPORT_FORMATS, type ExportFormat } from './exchange.js';

export { EXPORT_FORMATS, PRODID, type ExportFormat };

/**
 * Everyone as one file's contents in the given format, and how many people it holds; for `ics`,
 * the calendar feed (never archived people) and how many events it holds.
 */
export async function exportPeople(
  ctx: Ctx,
  format: ExportFormat,
  opts: { lang: Lang; includeArchived?: boolean },
): Promise<{ content: string; count: number }> {
  if (format === 'json') {
    // The backup format is lossless: archived people and every interaction always go along.
    const b = await exportBackup(ctx);
    return { content: b.content, count: b.people };
  }
  if (format === 'ics') {
    const cal = await exportCalendar(ctx, { lang: opts.lang });
    return { content: cal.content, count: cal.events };
  }
  const people = await listAllPeople(ctx.db, { includeArchived: opts.includeArchived });
  if (format === 'csv') return { content: peopleToCsv(people, opts.lang), count: people.length };
  const photos = new Map((await listPhotos(ctx.db)).map((f) => [f.personId, f]));
  const content = people.map((p) => personToVCard(p, PRODID, photos.get(p.id))).join('');
  return { content, count: people.length };
}
