/**
 * The matcher's light half, built on the page from prepared data: finds the
 * mentions in a string and says which entities each spelling may name.
 */
import { caseFits, type Form } from './forms';
import { ChunkedPattern, chunkCursor, SOFT_HYPHEN_SOURCE } from './pattern';
import type { PreparedMatcher } from './prepare';
import { CLOSING_MARK, GAP_CHARS, OPENING_MARKS, SENTENCE_END, SHY, hasGap, isAcronym, keyOf } from './text';
import type { AliasEntry, Matcher, Mention } from './types';

/**
 * How many characters before a mention are read for the end of a sentence:
 * room for a full stop, a closing quote, a few spaces and opening quotes.
 */
const SENTENCE_START_LOOKBACK = 12;
/**
 * How far either side of an acronym the neighbouring word is looked for:
 * longer than the words of a shouted headline, short enough to stay cheap.
 */
const SHOUT_LOOKAROUND = 40;

/**
 * The end of a sentence just before a mention: a full stop, question or
 * exclamation mark, then space and perhaps an opening quote. This looks
 * inside one text; MentionContext also looks across text nodes.
 */
const SENTENCE_START = new RegExp(`${SENTENCE_END}${CLOSING_MARK}?\\s+[${OPENING_MARKS}]*$`, 'u');
/** Where a word ends inside a multi-word match: where a shorter name could end. */
const WORD_ENDS = new RegExp(`(?<=[\\p{L}\\p{N}])(?=[${GAP_CHARS}])`, 'gu');
/** Beside an acronym: a word, and the spaces that part them (within a line). */
const WORD_BEFORE = /(\p{L}+)[ \t\u00A0]+$/u;
const WORD_AFTER = /^[ \t\u00A0]+(\p{L}+)/u;

interface Keyed {
  form: Form;
  key: string;
}

const EMPTY: readonly AliasEntry[] = [];

/**
 * Is the word next to [start, end) written in capitals too, and not a name we
 * know? Then the text is shouting ("ISS DAS statt Bratwurst": German "eat
 * this"), and capitals no longer mark an acronym.
 */
function isShouted(
  text: string,
  start: number,
  end: number,
  lookup: (matched: string) => readonly AliasEntry[],
): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - SHOUT_LOOKAROUND), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + SHOUT_LOOKAROUND))?.[1];
  return [before, after].some((word) => word !== undefined && isAcronym(word) && !lookup(word).length);
}

/** Merged entries, made once per pair: a lookup must hand out the same object every time. */
const MERGED = new WeakMap<AliasEntry, Map<AliasEntry, AliasEntry>>();

function merged(a: AliasEntry, b: AliasEntry): AliasEntry {
  let byOther = MERGED.get(a);
  if (!byOther) {
    byOther = new Map();
    MERGED.set(a, byOther);
  }
  let entry = byOther.get(b);
  if (!entry) {
    const veto = [...new Set([...(a.veto ?? []), ...(b.veto ?? [])])];
    entry = { ...a, context: [...new Set([...a.context, ...b.context])], ...(veto.length ? { veto } : {}) };
    byOther.set(b, entry);
  }
  return entry;
}

/** Builds a working matcher from prepared data: maps and regular expressions, nothing heavy. */
export function createMatcher(prepared: PreparedMatcher): Matcher {
  const { aliasForms } = prepared;
  const forms: Form[] = prepared.forms.map(({ text, rule, genitive, entry }) => ({
    text,
    rule,
    genitive,
    entry: entry >= 0 ? prepared.entries[entry]! : null,
  }));

  // Lookup: by key, lower-cased; the case rule is checked per form.
  const byKey = new Map<string, Keyed[]>();
  const spellings = new Set<string>();
  for (const [index, form] of forms.entries()) {
    const key = keyOf(form.text);
    if (index < aliasForms) spellings.add(`${form.rule}:${key}`);
    const folded = key.toLowerCase();
    const list = byKey.get(folded) ?? [];
    list.push({ form, key });
    byKey.set(folded, list);
  }

  const chunks = prepared.sources.map((source) => new RegExp(source, 'giu'));
  // What callers test a text with: a name, or a soft hyphen inside a word (findMentions reads such a text without them).
  const pattern = new ChunkedPattern([...chunks, new RegExp(SOFT_HYPHEN_SOURCE, 'gu')]);

  function fitting(matchedKey: string, genitive: boolean): Keyed[] {
    const lower = matchedKey.toLowerCase();
    const candidates = byKey.get(genitive ? lower.slice(0, -1) : lower) ?? [];
    return candidates.filter(({ form, key }) => (!genitive || form.genitive) && caseFits(key, form.rule, matchedKey));
  }

  /** The entries a matched string stands for, or 'not-a-name' for a not-name. */
  function entriesOf(matched: string): readonly AliasEntry[] | 'not-a-name' {
    const key = keyOf(matched);
    let hits = fitting(key, false);
    if (!hits.length && key.endsWith('s')) hits = fitting(key, true);
    // A not-name wins over an alias with the same spelling.
    if (hits.some(({ form }) => form.entry === null)) return 'not-a-name';
    if (!hits.length) return EMPTY;
    const found: AliasEntry[] = [];
    for (const { form } of hits) {
      const entry = form.entry!;
      const same = found.findIndex((other) => other.entityId === entry.entityId);
      // An entity's unambiguous spelling outranks its ambiguous one; two
      // ambiguous ones (one spelling in two languages: Союз in Russian and in
      // Ukrainian) count with the context of both.
      if (same < 0) found.push(entry);
      else if (found[same]!.ambiguous && !entry.ambiguous) found[same] = entry;
      else if (found[same]!.ambiguous && entry.ambiguous && found[same] !== entry)
        found[same] = merged(found[same]!, entry);
    }
    // Unambiguous entries first: they win at resolution.
    return found.sort((a, b) => Number(a.ambiguous) - Number(b.ambiguous));
  }

  function lookup(matched: string): readonly AliasEntry[] {
    const entries = entriesOf(matched);
    return entries === 'not-a-name' ? EMPTY : entries;
  }

  /** Shorter names at the start of a multi-word match: "Dragon" inside "Dragon capsule". */
  function shorterAt(start: number, matched: string): Mention[] {
    const shorter: Mention[] = [];
    const ends = [...matched.matchAll(WORD_ENDS)];
    for (const end of ends.reverse()) {
      const piece = matched.slice(0, end.index);
      const pieceEntries = lookup(piece);
      if (pieceEntries.length) shorter.push({ start, end: start + piece.length, text: piece, entries: pieceEntries });
    }
    return shorter;
  }

  function findIn(text: string): Mention[] {
    const mentions: Mention[] = [];
    let from = 0;
    const next = chunkCursor(chunks, text);
    for (let match = next(from); match; match = next(from)) {
      const matched = match[0];
      const start = match.index;
      const entries = entriesOf(matched);
      if (entries === 'not-a-name') {
        from = start + matched.length;
        continue;
      }
      let mention: Mention = { start, end: start + matched.length, text: matched, entries };
      const shorter = hasGap(matched) ? shorterAt(start, matched) : [];
      if (!mention.entries.length) {
        // The pattern ignores case; the spelling's case rule did not fit
        // ("iss", "progress"): take a shorter name that fits, or look again
        // from the next character.
        if (!shorter.length) {
          from = start + 1;
          continue;
        }
        mention = shorter.shift()!;
      }
      from = mention.end;
      if (mention.entries.some((entry) => entry.acronym) && isShouted(text, mention.start, mention.end, lookup)) {
        mention.shouted = true;
      }
      const lookback = text.slice(Math.max(0, mention.start - SENTENCE_START_LOOKBACK), mention.start);
      if (SENTENCE_START.test(lookback)) mention.initial = true;
      if (shorter.length) mention.shorter = shorter;
      mentions.push(mention);
    }
    return mentions;
  }

  function findMentions(text: string): Mention[] {
    if (!text.includes(SHY)) return findIn(text);
    // Match the text without its soft hyphens, then map the spans back.
    const origin: number[] = [];
    let plain = '';
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === SHY) continue;
      origin.push(index);
      plain += text[index];
    }
    origin.push(text.length);
    const back = (mention: Mention): Mention => {
      const start = origin[mention.start]!;
      const end = origin[mention.end - 1]! + 1;
      return { ...mention, start, end, text: text.slice(start, end) };
    };
    return findIn(plain).map((mention) => {
      const mapped = back(mention);
      if (mention.shorter) mapped.shorter = mention.shorter.map(back);
      return mapped;
    });
  }

  const notNames = forms.filter((form) => form.entry === null).map((form) => form.text);
  return { pattern, size: spellings.size, findMentions, lookup, notNames, senses: prepared.senses };
}
