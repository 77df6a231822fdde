import i18n from '../i18n';
import type {
  Agenda,
  CalendarLink,
  CreatePersonInput,
  ExportFormat,
  FieldIssue,
  ImportFormat,
  ImportResult,
  Interaction,
  LogInteractionInput,
  Person,
  PersonSummary,
  SettingKey,
  Settings,
  Stage,
  Tier,
  UpdatePersonInput,
} from './types';

const BASE = '/api/v1';

/** Codes the server can answer with: the core's, plus the HTTP layer's own. */
export type ApiErrorCode =
  | 'ValidationFailed'
  | 'PersonNotFound'
  | 'PersonAmbiguous'
  | 'InteractionNotFound'
  | 'UnknownSetting'
  | 'NotFound'
  | 'PayloadTooLarge'
  | 'ForbiddenHost'
  | 'ForbiddenOrigin'
  | 'Unauthorized'
  | 'Internal'
  | 'Network'
  | (string & {});

export interface ApiErrorDetails {
  issues?: FieldIssue[];
  [key: string]: unknown;
}

/** An error answered by the server (`{ error: { code, message, details } }`), or a failed request. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ApiErrorDetails;

  constructor(status: number, code: ApiErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The bad fields of a validation error, by field name (first problem per field). */
  fieldMessages(): Map<string, string> {
    const out = new Map<string, string>();
    const issues = this.details.issues ?? [];
    // The server joins one line per issue, in the same order as details.issues.
    const lines = this.message.split('\n');
    issues.forEach((issue, i) => {
      const root = issue.field.split('.')[0] ?? issue.field;
      if (!out.has(root)) out.set(root, lines[i] ?? this.message);
    });
    return out;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

function acceptLanguage(): string {
  return i18n.language === 'zh' ? 'zh-CN,zh;q=0.9,en;q=0.5' : 'en,zh;q=0.5';
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(
  v: unknown,
): v is { error: { code: string; message: string; details?: ApiErrorDetails } } {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = v.error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** One JSON request to `/api/v1`; features with their own endpoints build on it. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'Network', i18n.t('errors.network'));
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    if (isErrorBody(data)) {
      throw new ApiError(res.status, data.error.code, data.error.message, data.error.details ?? {});
    }
    throw new ApiError(res.status, 'Internal', i18n.t('errors.http', { status: res.status }));
  }
  return data as T;
}

export interface PeopleQuery {
  tier?: Tier | undefined;
  stage?: Stage | undefined;
  tag?: string | undefined;
  search?: string | undefined;
  archived?: 'exclude' | 'include' | 'only' | undefined;
  limit?: number | undefined;
}

/** Every route of `/api/v1` the web app uses, typed from the core. */
export const api = {
  today: (date?: string) => request<Agenda>('GET', '/today', undefined, { date }),

  people: (q: PeopleQuery = {}) => request<PersonSummary[]>('GET', '/people', undefined, { ...q }),
  person: (id: number) => request<Person>('GET', `/people/${id}`),
  createPerson: (input: CreatePersonInput) => request<Person>('POST', '/people', input),
  updatePerson: (id: number, input: UpdatePersonInput) =>
    request<Person>('PATCH', `/people/${id}`, input),
  archivePerson: (id: number) => request<Person>('POST', `/people/${id}/archive`, {}),
  restorePerson: (id: number) => request<Person>('POST', `/people/${id}/restore`, {}),
  snooze: (id: number, until: string | null) =>
    request<Person>('POST', `/people/${id}/snooze`, { until }),
  bulkTier: (ids: number[], tier: Tier) =>
    request<{ updated: number }>('POST', '/people/bulk/tier', { ids, tier }),

  interactions: (person: number, limit?: number) =>
    request<Interaction[]>('GET', '/interactions', undefined, { person, limit }),
  logInteraction: (input: LogInteractionInput) =>
    request<Interaction>('POST', '/interactions', input),
  deleteInteraction: (id: number) => request<Interaction>('DELETE', `/interactions/${id}`),

  settings: () => request<Settings>('GET', '/settings'),
  setSetting: <K extends SettingKey>(key: K, value: Settings[K] | string) =>
    request<Settings>('PUT', `/settings/${encodeURIComponent(key)}`, { value }),
  resetSetting: (key: SettingKey) =>
    request<Settings>('DELETE', `/settings/${encodeURIComponent(key)}`),

  backupUrl: `${BASE}/backup`,

  calendar: () => request<CalendarLink>('GET', '/calendar'),
  regenerateCalendar: () => request<CalendarLink>('POST', '/calendar/regenerate', {}),
  /** A download link for `tongxing export` in this format, CSV headers and calendar text in `lang`. */
  exportUrl: (format: ExportFormat, lang: 'zh' | 'en') => url('/export', { format, lang }),
};

/** What `POST /import` takes besides the files. */
export interface ImportRequest {
  files: readonly File[];
  dryRun: boolean;
  format?: ImportFormat | undefined;
  overwrite?: boolean | undefined;
  sheet?: string | undefined;
  /** Column → field, over the server's own header synonyms. */
  map?: Readonly<Record<string, string>> | undefined;
}

/** Bytes sent so far, or `null` once everything is sent and the server is working. */
export type UploadProgress = { loaded: number; total: number } | null;

/**
 * Uploads contact files to `POST /import`. XMLHttpRequest rather than fetch: only it reports
 * upload progress, which a large address book needs. The browser adds the Origin header and the
 * token cookie (same origin) itself, as it does for fetch.
 */
export function uploadImport(
  req: ImportRequest,
  onProgress?: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const params = new URLSearchParams();
  params.set('dryRun', String(req.dryRun));
  if (req.format && req.format !== 'auto') params.set('format', req.format);
  if (req.overwrite) params.set('overwrite', 'true');
  if (req.sheet?.trim()) params.set('sheet', req.sheet.trim());
  for (const [column, field] of Object.entries(req.map ?? {})) {
    params.append('map', `${column}=${field}`);
  }
  const form = new FormData();
  for (const f of req.files) form.append('files', f, f.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${BASE}/import?${params.toString()}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.({ loaded: e.loaded, total: e.total });
    };
    xhr.upload.onload = () => onProgress?.(null);
    xhr.onerror = () => reject(new ApiError(0, 'Network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown = undefined;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as ImportResult);
      } else if (isErrorBody(data)) {
        const e = data.error;
        reject(new ApiError(xhr.status, e.code, e.message, e.details ?? {}));
      } else {
        reject(new ApiError(xhr.status, 'Internal', i18n.t('errors.http', { status: xhr.status })));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
