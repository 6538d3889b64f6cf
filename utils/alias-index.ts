/**
 * The slice of the dataset the matcher is built from: each entity's topic
 * and aliases, not its facts. Vite turns the JSON files' top-level keys into
 * named exports, so importing only `aliases` (and `topic`, through
 * topic-index.ts) keeps summaries and facts out of whatever imports this.
 */
import type { EntityInput } from './schema';
import { matcherAliases, type MatcherAlias } from './matcher';
import { fileId, topicOf } from './topic-index';

const aliasFiles = import.meta.glob<EntityInput['aliases']>('../data/entities/*.json', {
  eager: true,
  import: 'aliases',
});

export interface IndexedEntity {
  id: string;
  topic: string;
  aliases: EntityInput['aliases'];
}

export const ALIAS_INDEX: readonly IndexedEntity[] = Object.entries(aliasFiles).map(([path, aliases]) => {
  const id = fileId(path);
  return { id, topic: topicOf(id)!, aliases };
});

/** Aliases of the entities in the given topics, ready for the matcher (schema defaults filled in). */
export function aliasesFor(topics: readonly string[]): MatcherAlias[] {
  return ALIAS_INDEX.filter((entity) => topics.includes(entity.topic)).flatMap((entity) =>
    matcherAliases(entity.id, entity.aliases),
  );
}
