/**
 * Types and constants the faces share for import/export, kept free of Node APIs so that the web
 * app can import them as types.
 */

export type ExportFormat = 'json' | 'vcard' | 'csv' | 'ics';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'vcard', 'csv', 'ics'];

/** Where the calendar feed is: the full URL (for the host it was asked from) and its path with the token. */
export interface CalendarLink {
  url: string;
  path: string;
}
