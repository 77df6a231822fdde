// Realistic contact files for the import benchmarks, generated from a seed (FORMATS.md shapes).
import { Rng } from './random.js';
import { COMPANIES, GIVEN_CHARS, LATIN_FIRST, LATIN_LAST, SURNAMES, TAGS } from './vocabulary.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const POSITIONS = ['Designer', 'Art Director', '插画师', 'Photographer', '产品经理', 'Founder', ''];

function person(rng: Rng, i: number) {
  const chinese = rng.chance(0.6);
  const [surname, surnameLatin] = rng.weighted(
    SURNAMES.map(([zh, en, w]) => [[zh, en], w] as const),
  );
  const given = chinese
    ? Array.from({ length: rng.int(1, 2) }, () => rng.pick(GIVEN_CHARS)).join('')
    : rng.pick(LATIN_FIRST);
  const last = chinese ? surname : rng.chance(0.5) ? surnameLatin : rng.pick(LATIN_LAST);
  return {
    first: given,
    last,
    full: chinese ? `${last}${given}` : `${given} ${last}`,
    slug: `${surnameLatin.toLowerCase()}-${i.toString(36)}`,
    company: rng.chance(0.7) ? rng.pick(COMPANIES) : '',
    position: rng.pick(POSITIONS),
    email: rng.chance(0.1) ? `p${i}@example.com` : '',
  };
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** LinkedIn's Connections.csv with its preamble, as exported in 2024–2026. */
export function linkedInCsv(rows: number, seed = 7): string {
  const rng = new Rng(seed);
  const out = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this and other settings here: https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const p = person(rng, i);
    const date = `${rng.int(1, 28)} ${rng.pick(MONTHS)} ${rng.int(2012, 2026)}`;
    out.push(
      [
        p.first,
        p.last,
        `https://www.linkedin.com/in/${p.slug}`,
        p.email,
        p.company,
        p.position,
        date,
      ]
        .map(quote)
        .join(','),
    );
  }
  return '\uFEFF' + out.join('\r\n') + '\r\n';
}

/** A generic CSV as a business-card app writes it (Chinese headers). */
export function cardAppCsv(rows: number, seed = 11): string {
  const rng = new Rng(seed);
  const out = ['姓名,英文名,公司,职位,手机,邮箱,微信,城市,标签,备注'];
  for (let i = 0; i < rows; i++) {
    const p = person(rng, i);
    out.push(
      [
        p.full,
        '',
        p.company,
        p.position,
        `1${rng.int(30, 99)}${String(i).padStart(8, '0')}`,
        p.email,
        rng.chance(0.5) ? `wx_${p.slug}` : '',
        rng.pick(['上海', '北京', '杭州', '深圳', 'Berlin']),
        rng.some(TAGS, 0, 3).join(';'),
        rng.chance(0.2) ? '在展会上认识，聊到品牌合作' : '',
      ]
        .map(quote)
        .join(','),
    );
  }
  return out.join('\r\n') + '\r\n';
}

/** Folds a vCard line at 75 octets the way Apple does (ASCII-only lines here). */
function fold(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`);
  return parts.join('\r\n');
}

/** An Apple Contacts export (vCard 3.0) with a JPEG photo of about `photoBytes` on every card. */
export function appleVCards(cards: number, photoBytes = 8 * 1024, seed = 13): string {
  const rng = new Rng(seed);
  const photo = Buffer.alloc(photoBytes);
  const out: string[] = [];
  for (let i = 0; i < cards; i++) {
    const p = person(rng, i);
    for (let j = 0; j < photo.length; j++) photo[j] = (rng.next() * 256) | 0;
    photo[0] = 0xff;
    photo[1] = 0xd8;
    const year = rng.chance(0.4) ? '1604' : String(rng.int(1970, 2000));
    out.push(
      'BEGIN:VCARD',
      'VERSION:3.0',
      `PRODID:-//Apple Inc.//macOS 15.1//EN`,
      `N:${p.last};${p.first};;;`,
      `FN:${p.full}`,
      ...(p.company ? [`ORG:${p.company};`] : []),
      ...(p.position ? [`TITLE:${p.position}`] : []),
      `item1.EMAIL;type=INTERNET;type=pref:${p.email || `c${i}@icloud.com`}`,
      'item1.X-ABLabel:_$!<Other>!$_',
      `TEL;type=CELL;type=VOICE;type=pref:+86 138 ${String(i).padStart(8, '0')}`,
      `item2.URL;type=pref:https\\://www.behance.net/${p.slug}`,
      'item2.X-ABLabel:_$!<HomePage>!$_',
      `X-SOCIALPROFILE;type=weibo:https\\://weibo.com/${p.slug}`,
      year === '1604'
        ? `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
        : `BDAY:${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      `CATEGORIES:${rng.some(TAGS, 1, 3).join(',')}`,
      fold(`PHOTO;ENCODING=b;TYPE=JPEG:${photo.toString('base64')}`),
      'END:VCARD',
    );
  }
  return out.join('\r\n') + '\r\n';
}
