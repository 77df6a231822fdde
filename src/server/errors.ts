import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../core/errors.js';
import { describeError } from '../core/i18n/errors.js';
import type { Lang } from '../core/i18n/lang.js';

/** Codes only the HTTP face produces. */
export type HttpErrorCode =
  | 'NotFound'
  | 'ForbiddenHost'
  | 'ForbiddenOrigin'
  | 'Unauthorized'
  | 'PayloadTooLarge'
  | 'Internal';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  ValidationFailed: 400,
  UnknownSetting: 400,
  PersonNotFound: 404,
  InteractionNotFound: 404,
  IntroductionNotFound: 404,
  IntroductionExists: 409,
  IntroductionSamePerson: 400,
  IntroductionStageSkipped: 409,
  IntroductionStageBackwards: 409,
  IntroductionConsentMissing: 409,
  IntroductionOutcomeMissing: 400,
  IntroductionFinished: 409,
  IntroductionConsentSettled: 409,
  ReferralNotFound: 404,
  ReferralClosed: 409,
  ReferralNotIncoming: 409,
  GatheringNotFound: 404,
  GatheringAlreadyHeld: 409,
  GatheringCancelled: 409,
  FileNotFound: 404,
  PersonAmbiguous: 409,
  FileExists: 409,
  PortInUse: 500,
  ImportInvalid: 400,
  ImportNotEmpty: 409,
  ImportMalformed: 400,
  ImportJsonAlone: 400,
  NotTongxingDatabase: 500,
  DatabaseTooNew: 500,
};

const HTTP_MESSAGES: Record<HttpErrorCode, { zh: string; en: string }> = {
  NotFound: { zh: '没有这个地址。', en: 'There is nothing at this address.' },
  ForbiddenHost: {
    zh: '拒绝：请求的主机名不是本服务器。',
    en: 'Refused: the Host is not this server.',
  },
  ForbiddenOrigin: {
    zh: '拒绝：来自其他网站的修改请求。',
    en: 'Refused: a change requested by another site.',
  },
  Unauthorized: { zh: '需要访问令牌。', en: 'An access token is required.' },
  PayloadTooLarge: {
    zh: '请求内容太大（上限 1 MB）。',
    en: 'The request body is too large (1 MB at most).',
  },
  Internal: {
    zh: '服务器出了点意外，数据没有改动。',
    en: 'Something went wrong on the server; no data was changed.',
  },
};

/** An HTTP-only failure (403, 401, 404, 413) in the one error shape. */
export function httpError(status: ContentfulStatusCode, code: HttpErrorCode): HTTPException {
  return new HTTPException(status, { cause: code });
}

/** The language a request asks for: Chinese when Accept-Language prefers zh. */
export function requestLang(c: Context): Lang {
  const al = (c.req.header('accept-language') ?? '').toLowerCase().trim();
  return al.startsWith('zh') ? 'zh' : 'en';
}

function body(code: string, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

/** The single onError: every failure leaves as `{ error: { code, message, details } }`. */
export function errorResponse(err: unknown, c: Context, log: (e: unknown) => void) {
  const lang = requestLang(c);
  if (err instanceof AppError) {
    return c.json(body(err.code, describeError(err, lang), err.details), STATUS[err.code]);
  }
  if (err instanceof HTTPException) {
    const code = (typeof err.cause === 'string' ? err.cause : undefined) as
      HttpErrorCode | undefined;
    if (code && code in HTTP_MESSAGES) {
      return c.json(body(code, HTTP_MESSAGES[code][lang]), err.status);
    }
    if (err.status === 413)
      return c.json(body('PayloadTooLarge', HTTP_MESSAGES.PayloadTooLarge[lang]), 413);
    // 400: malformed JSON; 415: a body without the JSON Content-Type. Client errors, not logged.
    if (err.status === 400 || err.status === 415) {
      return c.json(
        body(
          'BadRequest',
          lang === 'zh' ? '请求格式不对（需要 JSON）。' : 'Malformed request (JSON expected).',
        ),
        err.status,
      );
    }
  }
  log(err);
  return c.json(body('Internal', HTTP_MESSAGES.Internal[lang]), 500);
}

export function notFoundResponse(c: Context) {
  return c.json(body('NotFound', HTTP_MESSAGES.NotFound[requestLang(c)]), 404);
}
