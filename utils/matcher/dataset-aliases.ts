/**
 * The dataset's aliases as the matcher's input. One mapping for every reader
 * of the dataset: the background bundles the JSON through Vite, the
 * evaluation script reads it from disk, and both must build the same matcher.
 */
import type { MatcherAlias } from './types';

/** An alias as the dataset holds it (utils/schema.ts), before or after its defaults are filled in. */
export interface DatasetAlias {
  readonly text: string;
  readonly case?: MatcherAlias['case'];
  readonly lang?: string;
  readonly context?: readonly string[];
  readonly veto?: readonly string[];
}

/** One entity's aliases, ready for the matcher: the schema's default case filled in, empty lists left out. */
export function matcherAliases(entityId: string, aliases: readonly DatasetAlias[]): MatcherAlias[] {
  return aliases.map((alias) => ({
    text: alias.text,
    case: alias.case ?? 'any',
    entityId,
    ...(alias.lang && alias.lang !== 'en' ? { lang: alias.lang } : {}),
    ...(alias.context ? { context: alias.context } : {}),
    ...(alias.veto?.length ? { veto: alias.veto } : {}),
  }));
}
