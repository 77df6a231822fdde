import { PLATFORMS, resolveTerm, type Platform } from '../../core/vocab.js';

/** Names exporters give services that are not our platform ids or labels. */
const SERVICE_ALIASES: Record<string, Platform> = {
  sinaweibo: 'weibo',
  'sina weibo': 'weibo',
  新浪微博: 'weibo',
  twitter: 'x',
  'x.com': 'x',
  'tencent qq': 'qq',
  tencentqq: 'qq',
  qq号: 'qq',
  微信号: 'wechat',
  wechatid: 'wechat',
  redbook: 'xiaohongshu',
  'little red book': 'xiaohongshu',
  小红书号: 'xiaohongshu',
  okjike: 'jike',
  homepage: 'website',
  'home page': 'website',
  主页: 'website',
  个人主页: 'website',
  blog: 'website',
  博客: 'website',
  portfolio: 'website',
  作品集: 'website',
};

/**
 * Instant-messaging and social services we have no platform for. Their handles are kept in the
 * note (`Skype: live:zhang`) rather than dropped or passed off as a website.
 */
const OTHER_SERVICES = new Set([
  'aim',
  'icq',
  'jabber',
  'xmpp',
  'msn',
  'msnim',
  'yahoo',
  'ymsgr',
  'skype',
  'gtalk',
  'google-talk',
  'googletalk',
  'gadugadu',
  'groupwise',
  'facebook',
  'facebookmessenger',
  'line',
  'whatsapp',
  'telegram',
  'signal',
  'kakao',
  'kakaotalk',
  'viber',
  'tiktok',
  'douyin',
  'bilibili',
  'zhihu',
  'douban',
  'flickr',
  'myspace',
  'tencentweibo',
  'yelp',
  'gamecenter',
  'sip',
  'irc',
  'ms-imaddress',
  'im',
]);

/** Apple's built-in labels look like `_$!<HomePage>!$_`. */
export function cleanLabel(label: string): string {
  const m = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  return (m ? m[1]! : label).trim();
}

/** The platform a service name or label means (`微信`, `WeChat`, `sinaweibo`, `_$!<HomePage>!$_`). */
export function platformOfService(name: string | undefined): Platform | undefined {
  if (!name) return undefined;
  const n = cleanLabel(name);
  if (!n) return undefined;
  return resolveTerm(PLATFORMS, n) ?? SERVICE_ALIASES[n.toLowerCase()];
}

/** Whether a service is one we know but have no platform for. */
export function isOtherService(name: string): boolean {
  return OTHER_SERVICES.has(name.trim().toLowerCase());
}

const HOSTS: [string, Platform][] = [
  ['weibo.com', 'weibo'],
  ['weibo.cn', 'weibo'],
  ['behance.net', 'behance'],
  ['dribbble.com', 'dribbble'],
  ['github.com', 'github'],
  ['linkedin.com', 'linkedin'],
  ['linkedin.cn', 'linkedin'],
  ['instagram.com', 'instagram'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['zcool.com.cn', 'zcool'],
  ['xiaohongshu.com', 'xiaohongshu'],
  ['xhslink.com', 'xiaohongshu'],
  ['jike.city', 'jike'],
  ['okjike.com', 'jike'],
  ['discord.com', 'discord'],
  ['discord.gg', 'discord'],
  ['slack.com', 'slack'],
];

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The host of a URL, with or without a scheme (`weibo.com/u/1`); lowercased. */
function hostOf(url: string): string | undefined {
  const rest = url.trim().replace(SCHEME, '');
  const m = /^(?:[^@/?#\s]*@)?([^/?#:\s]+)/.exec(rest);
  return m?.[1]?.toLowerCase();
}

/** The platform a profile URL belongs to, by host. */
export function platformOfUrl(url: string): Platform | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  for (const [domain, platform] of HOSTS) {
    if (host === domain || host.endsWith(`.${domain}`)) return platform;
  }
  return undefined;
}

/**
 * `https://…`, `www.…` or `host.tld/path`: something a browser can open. A bare `zw.fb` or
 * `fang.wang` is more likely a user name than a site, so a dotted word alone does not count.
 */
export function isUrlLike(value: string): boolean {
  const v = value.trim();
  return (
    SCHEME.test(v) || /^www\.\S+$/i.test(v) || /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*$/i.test(v)
  );
}
