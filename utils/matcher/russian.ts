/**
 * Russian case forms generated from the nominative, so the dataset need not
 * spell out every form of every name.
 */
import { declineAdjectivePhrase, type Gender } from './slavic-phrase';
import { isAcronym } from './text';

const HARD_CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
const HUSHING = 'жшчщц';
/** After these, -ы is spelled -и (Наука → Науки) and adjectives take -им (космическим). */
const VELAR_OR_HUSHING = 'гкхжшчщ';

/**
 * A word's six oblique forms: genitive, dative, accusative, instrumental (two
 * spellings: surnames take -ым, nouns -ом), prepositional. Accusative of a
 * masculine word is its nominative; the animate one equals the genitive.
 */
type Forms = readonly [string, string, string, string, string, string];

/** A nominative adjective, and its gender: "Российский", "космическая", "Европейское". */
function adjectiveGender(word: string): Gender | null {
  const lower = word.toLowerCase();
  if (/(?:ый|ой|[кгхжшщчн]ий)$/.test(lower)) return 'masculine';
  if (/(?:ая|яя)$/.test(lower)) return 'feminine';
  if (/(?:ое|ее)$/.test(lower)) return 'neuter';
  return null;
}

function declineAdjective(word: string, gender: Gender): Forms {
  const stem = word.slice(0, -2);
  const soft = /(?:[жшщчн]ий|яя|ее)$/.test(word.toLowerCase());
  const i = VELAR_OR_HUSHING.includes(stem.toLowerCase().at(-1) ?? '') || soft ? 'им' : 'ым';
  if (gender === 'feminine') {
    const [ending, accusative] = soft ? ['ей', 'юю'] : ['ой', 'ую'];
    return [stem + ending, stem + ending, stem + accusative, stem + ending, stem + ending, stem + ending];
  }
  const [genitive, dative, prepositional] = soft ? ['его', 'ему', 'ем'] : ['ого', 'ому', 'ом'];
  return [stem + genitive, stem + dative, word, stem + i, stem + i, stem + prepositional];
}

/** A noun's forms, from its ending and (when an adjective told us) its gender; null when unclear. */
function declineNoun(word: string, gender?: Gender): Forms | null {
  const lower = word.toLowerCase();
  const last = lower.at(-1)!;
  const before = lower.at(-2) ?? '';
  const stem = word.slice(0, -1);
  if (HARD_CONSONANTS.includes(last) && gender !== 'feminine' && gender !== 'neuter') {
    // Surnames in -ин/-ов take -ым (Рогозиным), towns and nouns -ом (Королёвом, Союзом).
    const surname = /(?:ин|ын|ов|ев|ёв)$/.test(lower);
    const ins = HUSHING.includes(last) ? 'ем' : 'ом';
    return [`${word}а`, `${word}у`, word, `${word}${surname ? 'ым' : ins}`, `${word}${ins}`, `${word}е`];
  }
  if (last === 'й' && !gender) {
    const prepositional = lower.endsWith('ий') ? 'и' : 'е';
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}${prepositional}`];
  }
  if (last === 'ь' && gender === 'masculine')
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}е`];
  if (last === 'ь' && gender === 'feminine')
    return [`${stem}и`, `${stem}и`, word, `${stem}ью`, `${stem}ью`, `${stem}и`];
  if (last === 'а' && gender !== 'neuter') {
    const genitive = VELAR_OR_HUSHING.includes(before) ? 'и' : 'ы';
    const ins = HUSHING.includes(before) ? 'ей' : 'ой';
    return [`${stem}${genitive}`, `${stem}е`, `${stem}у`, `${stem}${ins}`, `${stem}${ins}`, `${stem}е`];
  }
  if (last === 'я' && gender !== 'neuter') {
    const dative = before === 'и' ? 'и' : 'е';
    return [`${stem}и`, `${stem}${dative}`, `${stem}ю`, `${stem}ей`, `${stem}ей`, `${stem}${dative}`];
  }
  if (gender === 'neuter' && last === 'о') return [`${stem}а`, `${stem}у`, word, `${stem}ом`, `${stem}ом`, `${stem}е`];
  if (gender === 'neuter' && last === 'е') {
    const prepositional = before === 'и' ? 'и' : 'е';
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}${prepositional}`];
  }
  return null;
}

/** Latin script, digits and acronyms do not decline. */
function isForeign(word: string): boolean {
  return !/^[\p{Script=Cyrillic}-]+$/u.test(word) || isAcronym(word);
}

/** Nor do vowel-final foreign names (Кибо, Ванде, Келли) outside an adjective phrase. */
function isFixed(word: string): boolean {
  return isForeign(word) || 'оеиуюыэё'.includes(word.toLowerCase().at(-1)!);
}

/** First names whose vowel drops when they decline: Пётр → Петра. */
const FLEETING: Readonly<Record<string, string>> = { Пётр: 'Петр', Петр: 'Петр', Павел: 'Павл', Лев: 'Льв' };

function sixForms(words: readonly string[], declined: ReadonlyMap<number, Forms>): string[] {
  return Array.from({ length: 6 }, (_, slot) =>
    words.map((word, index) => declined.get(index)?.[slot] ?? word).join(' '),
  );
}

const GRAMMAR = { isForeign, adjectiveGender, declineAdjective, declineNoun };

/**
 * The case forms of a Russian name: "Илон Маск" → "Илона Маска", "Илону
 * Маску"…; "Международная космическая станция" → "Международной космической
 * станции"…; "космодром Восточный" → "космодрома Восточный". Readers meet
 * "Рогозину" and "Роскосмосом" as often as the nominative; the dataset need
 * not spell out every form of every name.
 *
 * - Adjectives and the noun they lead decline together, in the adjective's
 *   gender; words after that noun stay as they are.
 * - A lowercase head noun ("космодром", "модуль") declines, a name after it
 *   does not.
 * - Capitalised words without adjectives (a person's names) all decline.
 * A single noun also gets its plural forms ("на «Союзах»").
 */
export function russianForms(text: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const words = text.split(' ');
  let declined = new Map<number, Forms>();
  const gender = isForeign(words[0]!) ? null : adjectiveGender(words[0]!);
  if (gender) {
    const phrase = declineAdjectivePhrase(words, gender, GRAMMAR);
    if (!phrase) return [];
    declined = phrase;
  } else if (/^\p{Ll}/u.test(words[0]!)) {
    // A lowercase head noun in -ь is most likely masculine here: модуль, корабль.
    const forms = isFixed(words[0]!) ? null : declineNoun(words[0]!, words[0]!.endsWith('ь') ? 'masculine' : undefined);
    if (!forms) return [];
    declined.set(0, forms);
  } else {
    for (const [index, word] of words.entries()) {
      if (isFixed(word)) continue;
      if (adjectiveGender(word)) return [];
      const stem = FLEETING[word];
      const forms = stem ? declineNoun(stem)?.map((form, slot) => (slot === 2 ? word : form)) : declineNoun(word);
      if (!forms) return [];
      declined.set(index, forms as unknown as Forms);
    }
  }
  if (!declined.size) return [];
  const result = new Set(sixForms(words, declined));
  // A single noun also in the plural: "на «Союзах»", "два Прогресса".
  const last = text.toLowerCase().at(-1) ?? '';
  if (words.length === 1 && HARD_CONSONANTS.includes(last)) {
    const nominative = VELAR_OR_HUSHING.includes(last) ? 'и' : 'ы';
    const genitive = 'жшчщ'.includes(last) ? 'ей' : last === 'ц' ? 'ев' : 'ов';
    for (const ending of [nominative, genitive, 'ам', 'ами', 'ах']) result.add(`${text}${ending}`);
  }
  result.delete(text);
  return [...result];
}
