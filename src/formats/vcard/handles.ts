import type { Platform } from '../../core/vocab.js';
import { hasType, param, type Property } from './property.js';
import {
  cleanLabel,
  isOtherService,
  isUrlLike,
  platformOfService,
  platformOfUrl,
} from './services.js';

export interface Ranked<T> {
  value: T;
  rank: number;
}

export interface Handle {
  platform: Platform;
  value: string;
}

/** 4.0 `PREF=1..100` or 3.0 `TYPE=pref`; unranked values keep their order after ranked ones. */
export function rankOf(p: Property): number {
  const pref = Number(param(p, 'pref'));
  if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref;
  return hasType(p, 'pref') ? 1 : 1000;
}

/** Values in order of preference, file order among equals. */
export function byRank<T>(list: Ranked<T>[]): T[] {
  return list
    .map((v, i) => ({ ...v, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((v) => v.value);
}

/** TYPE values that say nothing about which service a profile belongs to. */
const GENERIC_TYPES = new Set(['pref', 'home', 'work', 'other', 'internet', 'voice', 'cell']);

/**
 * E-mail addresses, phone numbers and handles of one card, sorted out from URL, IMPP,
 * X-SOCIALPROFILE and `X-<service>` properties, with Apple's item labels (`item1.X-ABLabel`).
 */
export class HandleSorter {
  readonly emails: Ranked<string>[] = [];
  readonly phones: Ranked<string>[] = [];
  readonly handles: Ranked<Handle>[] = [];
  /** Handles of services we have no platform for, kept as note lines. */
  readonly notes: string[] = [];

  constructor(
    private readonly labels: ReadonlyMap<string, string>,
    private readonly one: (p: Property) => string,
  ) {}

  /** Routes a handle: e-mail addresses and phone numbers have their own lists. */
  add(platform: Platform, value: string, rank: number): void {
    const v = value.trim();
    if (!v) return;
    if (platform === 'email') this.emails.push({ value: v, rank });
    else if (platform === 'phone') this.phones.push({ value: v, rank });
    else this.handles.push({ value: { platform, value: v }, rank });
  }

  private label(p: Property): string | undefined {
    return p.group ? this.labels.get(p.group) : undefined;
  }

  /** A URL: a social platform when its label says so (`微信`, `小红书`) or its host does. */
  url(p: Property): void {
    const v = this.one(p);
    const byLabel = platformOfService(this.label(p));
    const social =
      byLabel && !['website', 'email', 'phone'].includes(byLabel) ? byLabel : undefined;
    this.add(social ?? platformOfUrl(v) ?? 'website', v, rankOf(p));
  }

  /** Apple `X-SOCIALPROFILE;type=weibo;x-user=zw:https://weibo.com/zw` (or `x-apple:zw`). */
  socialProfile(p: Property): void {
    const types = (p.params.get('type') ?? []).filter((t) => !GENERIC_TYPES.has(t.toLowerCase()));
    const service = types[0] ?? this.label(p);
    let v = this.one(p);
    if (/^x-apple:/i.test(v)) v = p.params.get('x-user')?.[0] ?? v.slice('x-apple:'.length);
    this.service(service, v, rankOf(p));
  }

  /** `IMPP;X-SERVICE-TYPE=QQ:x-apple:12345`, `IMPP:xmpp:zw@jabber.org`, `IMPP:qq:12345`. */
  impp(p: Property): void {
    let service = p.params.get('x-service-type')?.[0] ?? this.label(p);
    let v = this.one(p);
    const m = /^([a-z][a-z0-9+.-]*):(?!\/\/)([\s\S]*)$/i.exec(v);
    if (m) {
      if (m[1]!.toLowerCase() !== 'x-apple') service ??= m[1]!;
      v = m[2]!;
    }
    this.service(service, v, rankOf(p));
  }

  /** `X-QQ`, `X-WECHAT`, `X-WEIBO`, `X-SKYPE-USERNAME`, …: service properties by name. */
  xService(p: Property): void {
    const service = p.name.slice(2).replace(/-(?:USERNAME|ID|ACCOUNT)$/, '');
    if (platformOfService(service) || isOtherService(service)) {
      this.service(service, this.one(p), rankOf(p));
    }
  }

  /**
   * A handle on a named service. Our platforms get a handle; a service we have no platform for
   * (Skype, XMPP, Facebook, …) or none named becomes a website when the value is a URL, and
   * otherwise a note line `Skype: live:zhang`, so nothing the user wrote is lost.
   */
  service(service: string | undefined, value: string, rank: number): void {
    const v = value.trim();
    if (!v) return;
    const platform = platformOfService(service) ?? platformOfUrl(v);
    if (platform) this.add(platform, v, rank);
    else if (isUrlLike(v)) this.add('website', v, rank);
    else this.notes.push(`${cleanLabel(service ?? '') || 'IM'}: ${v}`);
  }
}

/** Handles without repeats (same platform and value). */
export function uniqHandles(
  list: { platform: Platform; value: string }[],
): { platform: Platform; value: string }[] {
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = `${h.platform}\n${h.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
