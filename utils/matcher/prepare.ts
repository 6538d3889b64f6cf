/**
 * The matcher's heavy half: every spelling of every alias (declined Russian
 * forms included), the not-names, and the pattern sources, as plain data.
 */
import notNameList from '../../data/not-names.json';
import senseData from '../../data/senses.json';
import { formsOf, type CaseRule, type Form } from './forms';
import { patternSources } from './pattern';
import type { SenseTable } from './sense';
import { isAcronym, isUpper } from './text';
import type { AliasEntry, MatcherAlias, MatcherOptions } from './types';

/**
 * Names that contain one of our aliases but are something else, each seen in
 * news text (data/not-names.json says why for each). The ambiguous ones
 * (Unity, Dragon, Progress) also have context words, but an article about a
 * space game built "in the Unity engine" may well mention the ISS.
 */
// Marked pure so a bundle that never prepares a matcher (the content script) leaves the list out.
export const NOT_NAMES: readonly string[] = /* @__PURE__ */ notNameList.map((notName) => notName.name);

interface SenseData {
  kinds: Record<string, { entities: string[]; dateline?: boolean; cues: Record<string, string[]> }>;
  alsoNames: Record<string, string[]>;
}

/** data/senses.json as the sense step reads it: every language's cues of a kind in one list. */
export function senseTableOf(data: SenseData): SenseTable {
  const kinds = Object.entries(data.kinds);
  return {
    cues: Object.fromEntries(kinds.map(([kind, { cues }]) => [kind, Object.values(cues).flat()])),
    dateline: kinds.filter(([, { dateline }]) => dateline).map(([kind]) => kind),
    kinds: Object.fromEntries(kinds.flatMap(([kind, { entities }]) => entities.map((id) => [id, kind]))),
    alsoNames: data.alsoNames,
  };
}

// Marked pure, like NOT_NAMES.
export const SENSES: SenseTable = /* @__PURE__ */ senseTableOf(senseData);

/**
 * The background computes this once and hands it to each page's content
 * script, so the page's main thread only builds maps and compiles the
 * regular expressions (see createMatcher).
 */
export interface PreparedMatcher {
  sources: string[];
  forms: PreparedForm[];
  entries: AliasEntry[];
  /** Forms before this index are aliases; the rest are not-names. */
  aliasForms: number;
  /** How shared names are told apart (data/senses.json). */
  senses: SenseTable;
}

export interface PreparedForm {
  text: string;
  rule: CaseRule;
  genitive: boolean;
  /** Index into `entries`; -1 for a not-name. */
  entry: number;
}

/** Separates the parts of an entry's identity; no alias or context word contains these. */
const FIELD = '\u0000';
const ITEM = '\u0001';

function entryOf(alias: MatcherAlias): { id: string; entry: AliasEntry } {
  const ambiguous = Boolean(alias.context?.length);
  const acronym = isAcronym(alias.text);
  const capitalised = [...alias.text].some(isUpper);
  const veto = alias.veto?.length ? alias.veto : undefined;
  const id = [
    alias.entityId,
    ambiguous ? alias.context!.join(ITEM) : '',
    acronym,
    capitalised,
    ...(veto ? [veto.join(ITEM)] : []),
  ].join(FIELD);
  const entry: AliasEntry = { entityId: alias.entityId, ambiguous, context: alias.context ?? [], acronym, capitalised };
  if (veto) entry.veto = veto;
  return { id, entry };
}

export function prepareMatcher(aliases: readonly MatcherAlias[], options: MatcherOptions = {}): PreparedMatcher {
  const forms: Form[] = [];
  const entries = new Map<string, AliasEntry>();
  for (const alias of aliases) {
    if (!alias.text.trim()) continue;
    // One entry per entity, spelling rule, context and veto list: shared by its forms.
    const { id, entry: fresh } = entryOf(alias);
    let entry = entries.get(id);
    if (!entry) {
      entry = fresh;
      entries.set(id, entry);
    }
    forms.push(...formsOf(alias, entry));
  }
  const aliasForms = forms.length;
  if (forms.length) {
    for (const text of options.notNames ?? NOT_NAMES) {
      forms.push({ text, rule: 'capitals', genitive: false, entry: null });
    }
  }
  const entryList = [...entries.values()];
  const index = new Map(entryList.map((entry, position) => [entry, position]));
  return {
    sources: patternSources(forms),
    forms: forms.map(({ text, rule, genitive, entry }) => ({
      text,
      rule,
      genitive,
      entry: entry ? index.get(entry)! : -1,
    })),
    entries: entryList,
    aliasForms,
    senses: options.senses ?? SENSES,
  };
}
