export type Lang = 'zh' | 'en';

/** The language an environment asks for: LC_ALL, LC_MESSAGES, LANG, LANGUAGE; Chinese when any says zh. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE]) {
    if (!v || v === 'C' || v === 'POSIX' || v.startsWith('C.')) continue;
    return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }
  return undefined;
}

export function isLang(s: string | undefined): s is Lang {
  return s === 'zh' || s === 'en';
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return v === undefined || v === null ? '' : JSON.stringify(v);
  });
}
