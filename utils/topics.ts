/**
 * The topics a reader can switch on and off in the options page. Every entity
 * belongs to exactly one. The colour is the highlight's underline colour; each
 * one keeps at least 3:1 contrast against both white and near-black pages.
 */
export const TOPICS = [
  { id: 'stations', label: 'Space stations and modules', color: '#2f6fde' },
  { id: 'agencies', label: 'Space agencies', color: '#8a4fd8' },
  { id: 'people', label: 'People', color: '#d1467a' },
  { id: 'companies', label: 'Companies', color: '#c26a00' },
  { id: 'spacecraft', label: 'Spacecraft and rockets', color: '#1f9a6b' },
  { id: 'launch-sites', label: 'Launch sites', color: '#a8791b' },
  { id: 'programmes', label: 'Programmes and policy', color: '#4b8bb0' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

export type Topic = (typeof TOPICS)[number];

/** The topic with this id; an unknown id (from a message, say) gets the first topic's look rather than a crash. */
export function getTopic(id: string): Topic {
  return TOPICS.find((topic) => topic.id === id) ?? TOPICS[0];
}
