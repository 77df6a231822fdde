import { createHash, randomBytes } from 'node:crypto';
import type { Ctx, Executor } from '../context.js';
import { countTokens, hasTokenHash, replaceTokenHashes } from './access.repository.js';

/** Only a hash is stored: a copied database file does not give away access to the server. */
function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Makes sure an access token exists. Returns the new token when one was created (to show once),
 * or undefined when an earlier one is still valid. `rotate` replaces any earlier token.
 */
export async function ensureAccessToken(ctx: Ctx, rotate = false): Promise<string | undefined> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!rotate && (await countTokens(trx)) > 0) return undefined;
    const token = randomBytes(24).toString('base64url');
    await replaceTokenHashes(trx, hashToken(token), ctx.now().toISOString());
    return token;
  });
}

/** Whether a presented token is the current one. */
export async function verifyAccessToken(db: Executor, token: string): Promise<boolean> {
  if (token.length < 16 || token.length > 200) return false;
  return hasTokenHash(db, hashToken(token));
}
