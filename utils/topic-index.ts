/**
 * Each entity's topic, and nothing else of the dataset: what the content
 * script needs to colour a highlight. Vite turns the JSON files' top-level
 * keys into named exports, so only `topic` is bundled.
 */
const topicFiles = import.meta.glob<string>('../data/entities/*.json', { eager: true, import: 'topic' });

/** File name without folder and extension: the id an entity must carry. */
export function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

const TOPIC_BY_ID: ReadonlyMap<string, string> = new Map(
  Object.entries(topicFiles).map(([path, topic]) => [fileId(path), topic]),
);

export function topicOf(entityId: string): string | undefined {
  return TOPIC_BY_ID.get(entityId);
}
