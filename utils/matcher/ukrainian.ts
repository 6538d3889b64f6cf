/**
 * Ukrainian case forms generated from the nominative, as russian.ts does for
 * Russian: readers meet «Роскосмосу», «Міжнародній космічній станції» and
 * «Ілона Маска» as often as the nominative.
 *
 * Ukrainian differs from Russian where it matters here: its own letters (і,
 * ї, є, ґ), the genitive of institutions in -у (Роскосмосу), the dative and
 * locative in -ові beside -у/-і (Маскові, Маску), the locative in -і with
 * к, г, х turning into ц, з, с in feminine nouns (Наука → Науці), the
 * instrumental in -ою/-ею/-єю, adjectives in -ий/-а/-е (Міжнародна →
 * Міжнародної), and feminine surnames that decline as adjectives (Терешкова
 * → Терешкової).
 */
import { declineAdjectivePhrase, type Gender } from './slavic-phrase';
import { isAcronym } from './text';

/**
 * The oblique cases, in order: genitive, dative, accusative, instrumental,
 * locative. Each holds the spellings a word takes in that case (two where
 * Ukrainian allows both: Маску and Маскові). The accusative of a masculine
 * word is its nominative, or (animate) its genitive, which is generated anyway.
 */
type Cases = readonly [string[], string[], string[], string[], string[]];

const CONSONANTS = 'бвгґджзклмнпрстфхцчшщ';
const HUSHING = 'жчшщ';
const VOWELS = 'аеєиіїоуюя';
/** Before -і in the dative and locative of feminine nouns: Наука → Науці, Ольга → Ользі. */
const VELAR_SHIFT: Readonly<Record<string, string>> = { к: 'ц', г: 'з', х: 'с' };
/** Men's first names in -о that decline (Дмитро → Дмитра); other words in -о are neuter or do not decline. */
const MASCULINE_IN_O = new Set(['дмитро', 'петро', 'павло', 'михайло', 'данило', 'гаврило', 'марко']);
/** Nouns whose vowel drops when they decline: корабель → корабля. */
const FLEETING: Readonly<Record<string, string>> = { корабель: 'корабль', Корабель: 'Корабль' };

const lower = (word: string) => word.toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Latin script, digits and acronyms do not decline. */
function isForeign(word: string): boolean {
  return !/^[\p{Script=Cyrillic}'’ʼ-]+$/u.test(word) || isAcronym(word);
}

/** Surnames in -ов, -ев, -єв, -ін, -ин, -їн take -им in the instrumental: Борисовим, Рогозіним. */
function isMasculineSurname(word: string): boolean {
  return /(?:ов|ев|єв|ін|ин|їн)$/.test(lower(word));
}

/** Women's surnames in -ова, -іна… decline as adjectives: Терешкова → Терешкової. */
function isFeminineSurname(word: string): boolean {
  return /(?:ов|ев|єв|ін|ин|їн|ськ|цьк)а$/.test(lower(word));
}

/** A nominative adjective and its gender, read from its ending: Міжнародна, космічний, Європейське. */
function adjectiveGender(word: string): Gender | null {
  const text = lower(word);
  if (/ий$/.test(text)) return 'masculine';
  if (/(?:н|ськ|цьк|зьк|ов|ев|ч)а$/.test(text)) return 'feminine';
  if (/(?:н|ськ|цьк|зьк|ов|ев|ч)е$/.test(text)) return 'neuter';
  return null;
}

function declineAdjective(word: string, gender: Gender): Cases {
  const stem = word.slice(0, -(gender === 'masculine' ? 2 : 1));
  if (gender === 'feminine') return [[`${stem}ої`], [`${stem}ій`], [`${stem}у`], [`${stem}ою`], [`${stem}ій`]];
  // The locative's older -ім (у Космічнім центрі) is left out: rare in news, and it multiplies phrases.
  return [[`${stem}ого`], [`${stem}ому`], [word], [`${stem}им`], [`${stem}ому`]];
}

/** A masculine noun ending in a hard consonant: Маск, Роскосмос, Байконур, космодром, Рогозін. */
function hardMasculine(word: string, person = false): Cases {
  const last = lower(word).at(-1)!;
  const instrumental = isMasculineSurname(word) ? 'им' : HUSHING.includes(last) ? 'ем' : 'ом';
  // -у for institutions and places, -а for people and things: both are written, but a person takes -а.
  const genitive = person || isMasculineSurname(word) ? [`${word}а`] : [`${word}а`, `${word}у`];
  const locative = 'кгх'.includes(last) ? [`${word}у`, `${word}ові`] : [`${word}і`, `${word}ові`];
  return [genitive, [`${word}у`, `${word}ові`], [word], [`${word}${instrumental}`], locative];
}

/** A masculine noun with a soft stem: модуль, корабель (корабль-), Ігор is not one. */
function softMasculine(word: string, stem: string): Cases {
  return [[`${stem}я`], [`${stem}ю`, `${stem}еві`], [word], [`${stem}ем`], [`${stem}і`, `${stem}еві`]];
}

/** A noun's cases from its ending and (when an adjective or the phrase told us) its gender; null when unclear. */
function declineNoun(word: string, gender?: Gender, person = false): Cases | null {
  const text = lower(word);
  const last = text.at(-1)!;
  const before = text.at(-2) ?? '';
  const stem = word.slice(0, -1);
  const fleeting = FLEETING[word];
  if (fleeting) return softMasculine(word, fleeting.slice(0, -1));
  if (CONSONANTS.includes(last) && gender !== 'feminine' && gender !== 'neuter') return hardMasculine(word, person);
  if (last === 'й' && gender !== 'feminine') {
    // Юрій → Юрія, Юрію, Юрієм, Юрії; Андрій the same.
    return [[`${stem}я`], [`${stem}ю`, `${stem}єві`], [word], [`${stem}єм`], [`${stem}ї`, `${stem}єві`]];
  }
  if (last === 'ь' && gender !== 'feminine') return softMasculine(word, stem);
  if (last === 'о' && gender !== 'feminine') {
    // Дмитро, Кононенко (men's names and surnames), агентство (neuter): one pattern but the dative in -ові.
    const person = gender !== 'neuter' && (MASCULINE_IN_O.has(text) || /[кч]о$/.test(text));
    if (!person && gender !== 'neuter') return null;
    const dative = person ? [`${stem}у`, `${stem}ові`] : [`${stem}у`];
    const velar = 'кгх'.includes(before);
    const locative = person ? [velar ? `${stem}у` : `${stem}і`, `${stem}ові`] : [`${stem}і`];
    return [[`${stem}а`], dative, [word], [`${stem}ом`], locative];
  }
  if (last === 'а' && gender !== 'neuter') {
    const genitive = HUSHING.includes(before) ? 'і' : 'и';
    const instrumental = HUSHING.includes(before) ? 'ею' : 'ою';
    const shifted = VELAR_SHIFT[before];
    const dative = shifted ? `${word.slice(0, -2)}${shifted}і` : `${stem}і`;
    return [[`${stem}${genitive}`], [dative], [`${stem}у`], [`${stem}${instrumental}`], [dative]];
  }
  if (last === 'я') {
    // Doubled consonant and -я: neuter (управління → управлінню, управлінням).
    if (before === text.at(-3) && CONSONANTS.includes(before)) {
      return [[word], [`${stem}ю`], [word], [`${stem}ям`], [`${stem}і`]];
    }
    if (gender === 'neuter') return null;
    // After a vowel or an apostrophe (станція, Юлія): -ї, -єю; after a consonant (Земля): -і, -ею.
    const soft = VOWELS.includes(before) || "'’ʼ".includes(before);
    const [i, ending] = soft ? ['ї', 'єю'] : ['і', 'ею'];
    return [[`${stem}${i}`], [`${stem}${i}`], [`${stem}ю`], [`${stem}${ending}`], [`${stem}${i}`]];
  }
  return null;
}

/**
 * The spellings of a phrase in each case. Where words have two spellings in
 * a case (Маску, Маскові), the phrase takes the first of each, the second of
 * each, and the second on all words but the last ("Ілонові Маску", the usual
 * way to avoid -ові twice) — not every mixture, which would multiply the
 * pattern's size for forms nobody writes.
 */
function phraseForms(words: readonly string[], declined: ReadonlyMap<number, Cases>): string[] {
  const forms: string[] = [];
  const last = words.length - 1;
  for (let slot = 0; slot < 5; slot += 1) {
    const spell = (index: number, choice: number) => {
      const spellings = declined.get(index)?.[slot];
      return spellings?.[Math.min(choice, spellings.length - 1)] ?? words[index]!;
    };
    for (const pick of [() => 0, () => 1, (index: number) => (index === last ? 0 : 1)]) {
      forms.push(words.map((_, index) => spell(index, pick(index))).join(' '));
    }
  }
  return forms;
}

const GRAMMAR = {
  isForeign,
  adjectiveGender,
  declineAdjective,
  declineNoun,
};

/**
 * The case forms of a Ukrainian name: "Ілон Маск" → "Ілона Маска", "Ілону
 * Маску", "Ілонові Маскові"…; "Міжнародна космічна станція" → "Міжнародної
 * космічної станції"…; "космодром Байконур" → "космодрому Байконур".
 *
 * - Adjectives and the noun they lead decline together, in the adjective's
 *   gender; words after that noun stay as they are ("управління … України").
 * - A lowercase head noun declines; a name after it does not.
 * - Capitalised words without a leading adjective (a person's names) all
 *   decline; the last of them, when it is a surname in -ова or -іна, as an adjective.
 * A single noun also gets its plural forms ("на «Союзах»").
 */
export function ukrainianForms(text: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const words = text.split(' ');
  let declined = new Map<number, Cases>();
  const first = words[0]!;
  const phrase =
    words.length > 1 && !isForeign(first) && !words.every((word) => isCapitalised(word) || isForeign(word));
  const gender = phrase ? adjectiveGender(first) : null;
  if (gender) {
    const cases = declineAdjectivePhrase(words, gender, GRAMMAR);
    if (!cases) return [];
    declined = cases;
  } else if (!isCapitalised(first)) {
    const cases = isForeign(first) ? null : declineNoun(first);
    if (!cases) return [];
    declined.set(0, cases);
  } else {
    // A woman's surname ending in a consonant does not decline (Юлії Пересільд).
    const woman = words.length > 1 && /[ая]$/.test(lower(first)) && !isForeign(first);
    for (const [index, word] of words.entries()) {
      if (isForeign(word)) continue;
      if (woman && index > 0 && CONSONANTS.includes(lower(word).at(-1)!)) continue;
      const isLast = index === words.length - 1;
      if (isLast && isFeminineSurname(word)) {
        declined.set(index, declineAdjective(word, 'feminine'));
        continue;
      }
      if (/(?:ськ|цьк)ий$/.test(lower(word))) {
        declined.set(index, declineAdjective(word, 'masculine'));
        continue;
      }
      // Several capitalised words are a person's names (Ілон Маск: Ілона, never Ілону, in the genitive).
      const cases = declineNoun(word, undefined, words.length > 1);
      // Words that do not decline (Кібо, Ванде) stay as they are.
      if (cases) declined.set(index, cases);
    }
  }
  if (!declined.size) return [];
  const result = new Set(phraseForms(words, declined));
  const last = lower(text).at(-1) ?? '';
  if (words.length === 1 && CONSONANTS.includes(last) && !isMasculineSurname(text)) {
    for (const ending of ['и', 'ів', 'ам', 'ами', 'ах']) result.add(`${text}${ending}`);
  }
  result.delete(text);
  return [...result];
}
