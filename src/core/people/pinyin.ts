import type * as PinyinPro from 'pinyin-pro';

type PinyinModule = typeof PinyinPro;
let loaded: Promise<PinyinModule> | undefined;
// pinyin-pro carries a large dictionary; load it only when a name is written, not on every start.
const load = (): Promise<PinyinModule> => (loaded ??= import('pinyin-pro'));

const HAN = /\p{Script=Han}/u;

/**
 * Pinyin of the Chinese characters in a name, read as a name: the surname reading comes first
 * (曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou) and compound surnames (欧阳, 尉迟) are recognised.
 * Undefined for names without Chinese characters.
 */
export async function namePinyin(
  name: string,
): Promise<{ pinyin: string; initials: string } | undefined> {
  if (!HAN.test(name)) return undefined;
  return namePinyinWith(await load(), name);
}

/**
 * namePinyin without a promise per name, for bulk writes: call `await loadPinyin()` first.
 * Names without Chinese characters never need the dictionary.
 */
export function namePinyinSync(name: string): { pinyin: string; initials: string } | undefined {
  if (!HAN.test(name)) return undefined;
  if (!dictionary) throw new Error('namePinyinSync before loadPinyin');
  return namePinyinWith(dictionary, name);
}

let dictionary: PinyinModule | undefined;

/** Loads the pinyin dictionary (once). */
export async function loadPinyin(): Promise<void> {
  dictionary ??= await load();
}

function namePinyinWith(
  { pinyin }: PinyinModule,
  name: string,
): { pinyin: string; initials: string } | undefined {
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'removed',
    v: true,
  }).filter((s) => s.length > 0);
  if (syllables.length === 0) return undefined;
  return {
    pinyin: syllables.join(' '),
    initials: syllables.map((s) => s[0]).join(''),
  };
}
