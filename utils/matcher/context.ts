/**
 * What an article says around its mentions, and the decision for each
 * mention: the entity it names, or nothing.
 */
import { DEFINITION_OVERLAP, definitionsOf } from './acronyms';
import { ArticleText, MAX_CONTEXT_CHARS, SEARCH_OVERLAP, type Range } from './article-text';
import { contextPattern } from './context-words';
import { SenseReader, type Surroundings } from './sense';
import { BOUNDARY_AFTER, boundaryBefore, escapeChar, foldForSearch, hasGap, keyOf } from './text';
import type { AliasEntry, Matcher, Mention, Resolved } from './types';

/**
 * Context words are looked for within this many characters either side of a
 * mention: about two newspaper paragraphs (a paragraph runs 300–700
 * characters), so a word from the same passage counts, one from an unrelated
 * section of a long page does not. Veto words are looked for in the same window.
 */
export const CONTEXT_WINDOW = 1200;
/**
 * The last word of a full name counts at a sentence's start only when it is
 * at least this long (a two- or three-letter word is too often something
 * else), and only when no other name follows it ("Kelly Clarkson sang" after
 * "Scott Kelly" is someone else).
 */
const MIN_SURNAME_CHARS = 4;
const NAME_FOLLOWS = /^[\s\u00a0]+\p{Lu}/u;
const PERSON_NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * Text is appended in reading order (one text node at a time in the content
 * script); mentions are noted once all text of a pass is in, then resolved
 * (resolveMentions keeps that order). Its checks run lazily and cache.
 *
 * A mention is highlighted when:
 * - its spelling names one entity and its capitals mean something (not an
 *   acronym in shouted text, not an acronym the article defines as something
 *   else); or
 * - it is ambiguous, and the article names the entity unambiguously somewhere,
 *   or one of the alias's context words occurs within CONTEXT_WINDOW of it.
 * At the start of a sentence a capital says nothing ("Progress on the talks"),
 * so there a capitalised ambiguous name needs its entity named unambiguously.
 * Either way, an alias with veto words is out when one occurs within
 * CONTEXT_WINDOW ("ISS, the proxy adviser").
 */
export class MentionContext {
  private readonly article: ArticleText;
  private readonly named = new Set<string>();
  /** Entity → the last words of the full names the article gives it (see noteFullName). */
  private readonly fullNames = new Map<string, Set<string>>();
  /** Acronym and entity → the article spells the acronym out, as this entity or as something else. */
  private readonly definitions = new Map<string, { other: boolean; ours: boolean; searched: number }>();
  /** Context word → the alias entries it is a spelling of (most are none). */
  private readonly lookups = new Map<string, readonly AliasEntry[]>();
  private readonly senses: SenseReader;
  /** Lower-cased spelling → a not-name containing it occurs in the article ("Unity engine"). */
  private readonly shadows = new Map<string, { pattern: RegExp | null; found: boolean; searched: number }>();

  constructor(
    private readonly matcher: Matcher,
    private readonly window = CONTEXT_WINDOW,
    maxChars = MAX_CONTEXT_CHARS,
  ) {
    this.article = new ArticleText(maxChars);
    this.senses = new SenseReader(matcher.senses);
  }

  /** Entities named by a mention that needs no support. */
  get namedEntities(): ReadonlySet<string> {
    return this.named;
  }

  /** Adds text that follows what was added before; returns where it starts, or undefined past the limit. */
  append(text: string): number | undefined {
    return this.article.append(text);
  }

  /**
   * Records the entities that these mentions name without support. `at` is
   * where the text they were found in starts in the appended text.
   */
  note(mentions: readonly Mention[], at?: number): void {
    for (const mention of mentions) {
      const offset = at === undefined ? undefined : at + mention.start;
      const entry = mention.entries.find((candidate) => this.standsAlone(candidate, mention, offset));
      if (entry) this.named.add(entry.entityId);
      if (hasGap(mention.text)) this.noteFullName(mention);
    }
  }

  /**
   * A name of several words ("Dmitry Bakanov") lets its last word alone
   * ("Bakanov said…") count as a name at the start of a sentence too, as news
   * writing names a person in full once and by surname after.
   */
  private noteFullName(mention: Mention): void {
    // A person's name: every word capitalised, the last of letters only ("ракета «Союз»" and "Soyuz MS-28" are not).
    const words = mention.text.split(/[\s\u00a0]+/);
    if (!words.every((word) => PERSON_NAME_WORD.test(word))) return;
    const last = foldForSearch(words.at(-1) ?? '');
    if (last.length < MIN_SURNAME_CHARS) return;
    for (const { entityId } of mention.entries) {
      const words = this.fullNames.get(entityId) ?? new Set<string>();
      words.add(last);
      this.fullNames.set(entityId, words);
    }
  }

  /** Is this one word the last word of a full name of the entity the article gives (in any case form)? */
  private isNamedInFull(entityId: string, text: string): boolean {
    const word = foldForSearch(text);
    // Either may carry a case ending: "Rogosins" after "Dmitri Rogosin", «Рогозин» after «Дмитрия Рогозина».
    for (const last of this.fullNames.get(entityId) ?? []) {
      if (word.length >= MIN_SURNAME_CHARS && (word.startsWith(last) || last.startsWith(word))) return true;
    }
    return false;
  }

  /**
   * The entity a mention names, or null when the article does not justify one.
   * `at` is the mention's offset in the appended text; without it, context
   * words count anywhere in the article.
   */
  resolve(mention: Mention, at?: number): Resolved | null {
    const entityId = this.entityOf(mention, at);
    if (entityId) return { entityId, start: mention.start, end: mention.end, text: mention.text };
    for (const shorter of mention.shorter ?? []) {
      const offset = at === undefined ? undefined : at + shorter.start - mention.start;
      const id = this.entityOf(shorter, offset);
      if (id) return { entityId: id, start: shorter.start, end: shorter.end, text: shorter.text };
    }
    return null;
  }

  clear(): void {
    this.article.clear();
    this.named.clear();
    this.fullNames.clear();
    this.definitions.clear();
    this.shadows.clear();
  }

  /**
   * The entity a mention names: first whether the article justifies a name
   * here at all, then which of the things sharing the name it is, from the
   * words next to it (sense.ts) — «ракеты «Союз»» is the rocket even in a
   * story that names the Soyuz spacecraft too.
   */
  private entityOf(mention: Mention, at: number | undefined): string | null {
    const justified = this.justified(mention, at);
    if (!justified || at === undefined) return justified;
    const candidates = mention.entries.filter((entry) => !this.vetoed(entry, at)).map((entry) => entry.entityId);
    return this.senses.choose(justified, candidates, () => this.surroundings(mention, at));
  }

  /** The text around a mention at `at`, as the sense step reads it. */
  private surroundings(mention: Mention, at: number): Surroundings {
    const text = this.article.text();
    const end = at + mention.text.length;
    const partStart = this.article.partStart(at);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // Cues are read across text nodes (a name in a link after "ракеты"); a
    // dateline opens a text node, a line, or follows a finished sentence.
    const opening = text.slice(Math.max(partStart, lineStart), at);
    const opensParagraph = !opening.trim();
    return {
      before: text.slice(Math.max(0, at - SenseReader.LOOKAROUND), at),
      mention: mention.text,
      after: text.slice(end, end + SenseReader.LOOKAROUND),
      opensParagraph: opensParagraph || this.article.startsSentence(at),
    };
  }

  /** The entity a mention names when the article justifies one, before its sense is read. */
  private justified(mention: Mention, at: number | undefined): string | null {
    const alone = mention.entries.find((entry) => this.standsAlone(entry, mention, at));
    if (alone) return alone.entityId;
    const open = mention.entries.filter(
      (entry) => !(entry.acronym && this.definedOtherwise(mention.text, entry.entityId)) && !this.vetoed(entry, at),
    );
    // At the start of a sentence the capital of a one-word name says nothing
    // ("Progress on the talks", "Columbus, Ohio"), even when the article names
    // the entity elsewhere: the sentence itself must hold a context word.
    const initial = !hasGap(mention.text) && (mention.initial || this.article.startsSentence(at));
    // (An acronym's capitals still count there; shouted text is handled apart.)
    const surname =
      initial &&
      at !== undefined &&
      !NAME_FOLLOWS.test(this.article.text().slice(at + mention.text.length, at + mention.text.length + 3));
    const unproven = (entry: AliasEntry) =>
      initial && entry.capitalised && !entry.acronym && !(surname && this.isNamedInFull(entry.entityId, mention.text));
    const named = open.filter((entry) => this.named.has(entry.entityId) && !unproven(entry));
    if (named.length === 1) return named[0]!.entityId;
    // The article uses this spelling inside a name of something else ("the
    // Unity engine"): only an unambiguous mention of our entity will do.
    if (!named.length && this.shadowed(mention.text)) return null;
    const pool = named.length ? named : open;
    // Several candidates: the one whose context is closest.
    let best: AliasEntry | undefined;
    let bestDistance = Infinity;
    for (const entry of pool) {
      const range: Range =
        at !== undefined && unproven(entry) ? [at, this.article.sentenceEnd(at)] : this.windowAround(at);
      const distance = this.contextDistance(entry, at, range);
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return best?.entityId ?? named[0]?.entityId ?? null;
  }

  /** An unambiguous name, in capitals that mean something, not defined or vetoed as something else. */
  private standsAlone(entry: AliasEntry, mention: Mention, at: number | undefined): boolean {
    if (entry.ambiguous || this.vetoed(entry, at)) return false;
    if (!entry.acronym) return true;
    return !mention.shouted && !this.definedOtherwise(mention.text, entry.entityId);
  }

  /** Does one of the entry's veto words occur within the window around `at` (anywhere when `at` is unknown)? */
  private vetoed(entry: AliasEntry, at: number | undefined): boolean {
    if (!entry.veto) return false;
    const range = this.windowAround(at);
    return entry.veto.some((word) => this.article.distance(word, at, range) < Infinity);
  }

  private windowAround(at: number | undefined): Range {
    return at === undefined ? [undefined, undefined] : [at - this.window, at + this.window];
  }

  /** Distance from `at` to the nearest of the entry's context words within `range`, or Infinity. */
  private contextDistance(entry: AliasEntry, at: number | undefined, range: Range): number {
    let best = Infinity;
    for (const word of entry.context) {
      if (this.supports(word)) best = Math.min(best, this.article.distance(word, at, range));
    }
    return best;
  }

  /**
   * A context word that is itself an ambiguous name ("Destiny" for Harmony,
   * "Harmony" for Destiny) supports only once its own entity is named: else
   * a choir called Harmony singing in the Destiny hall would vouch for both.
   */
  private supports(word: string): boolean {
    let entries = this.lookups.get(word);
    if (!entries) {
      entries = this.matcher.lookup(word);
      this.lookups.set(word, entries);
    }
    if (!entries.length || entries.some((entry) => !entry.ambiguous)) return true;
    return entries.some((entry) => this.named.has(entry.entityId));
  }

  /** Does a not-name that contains this spelling occur in the article? */
  private shadowed(spelling: string): boolean {
    const text = this.article.text();
    const key = keyOf(spelling).toLowerCase();
    let state = this.shadows.get(key);
    if (!state) {
      const containing = this.matcher.notNames.filter((name) =>
        new RegExp(`${boundaryBefore(key[0] ?? 'a')}${escapeChar(key)}${BOUNDARY_AFTER}`, 'iu').test(keyOf(name)),
      );
      const pattern = containing.length
        ? new RegExp(containing.map((name) => contextPattern(name).source).join('|'), 'giu')
        : null;
      state = { pattern, found: false, searched: 0 };
      this.shadows.set(key, state);
    }
    if (state.pattern && !state.found && state.searched < text.length) {
      state.pattern.lastIndex = Math.max(0, state.searched - SEARCH_OVERLAP);
      state.found = state.pattern.test(text);
      state.searched = text.length;
    }
    return state.found;
  }

  /**
   * Does the article spell out this acronym as something that is not the
   * entity — "Chief of Staff of the Army (CSA)", "Endangered Species Act
   * (ESA)"? Then every use of it on the page means that.
   */
  private definedOtherwise(acronym: string, entityId: string): boolean {
    const text = this.article.text();
    const key = `${acronym}\u0000${entityId}`;
    let state = this.definitions.get(key);
    if (!state) {
      state = { other: false, ours: false, searched: 0 };
      this.definitions.set(key, state);
    }
    if (state.searched < text.length) {
      for (const expansion of definitionsOf(text, acronym, Math.max(0, state.searched - DEFINITION_OVERLAP))) {
        const ours = this.matcher
          .findMentions(expansion)
          .some((mention) => mention.entries.some((entry) => entry.entityId === entityId));
        if (ours) state.ours = true;
        else state.other = true;
      }
      state.searched = text.length;
    }
    return state.other && !state.ours;
  }
}
