/** A small alias set of our own for the matcher's tests, so they do not move when the dataset does. */
import { MentionContext, compileMatcher, resolveAll, type Matcher, type MatcherAlias } from '@/utils/matcher';

const SPACE = ['ISS', 'space station', 'astronaut'];

export const ALIASES: MatcherAlias[] = [
  { text: 'International Space Station', case: 'any', entityId: 'iss' },
  { text: 'ISS', case: 'exact', entityId: 'iss' },
  { text: 'МКС', case: 'exact', entityId: 'iss' },
  { text: 'space station', case: 'any', entityId: 'iss', context: ['NASA', 'cosmonaut'] },
  { text: 'NASA', case: 'exact', entityId: 'nasa' },
  { text: 'ESA', case: 'exact', entityId: 'esa' },
  { text: 'European Space Agency', case: 'any', entityId: 'esa' },
  { text: 'Europäische Weltraumorganisation', case: 'any', entityId: 'esa' },
  { text: 'CSA', case: 'exact', entityId: 'csa', context: ['NASA', 'astronaut', 'Canada'] },
  { text: 'Canadian Space Agency', case: 'any', entityId: 'csa' },
  { text: 'SpaceX', case: 'any', entityId: 'spacex' },
  { text: 'Crew Dragon', case: 'any', entityId: 'crew-dragon' },
  { text: 'Dragon capsule', case: 'any', entityId: 'crew-dragon', context: ['astronauts', 'Crew-9'] },
  { text: 'Dragon', case: 'exact', entityId: 'crew-dragon', context: ['SpaceX', 'splashdown'] },
  { text: 'Dragon', case: 'exact', entityId: 'cargo-dragon', context: ['resupply', 'cargo'] },
  { text: 'Russian Orbital Segment', case: 'any', entityId: 'ros' },
  { text: 'Russian segment', case: 'any', entityId: 'ros', context: SPACE },
  { text: 'Roscosmos', case: 'any', entityId: 'roscosmos' },
  { text: 'Роскосмос', case: 'any', entityId: 'roscosmos' },
  { text: 'Рогозин', case: 'any', entityId: 'rogozin' },
  { text: 'Королёв', case: 'any', entityId: 'korolev' },
  { text: 'Международная космическая станция', case: 'any', entityId: 'iss' },
  { text: 'Elon Musk', case: 'any', entityId: 'musk' },
  { text: 'Musk', case: 'exact', entityId: 'musk', context: ['SpaceX', 'Tesla'] },
  { text: 'Falcon 9', case: 'any', entityId: 'falcon-9' },
  { text: 'Progress', case: 'exact', entityId: 'progress', context: ['cargo ship', 'resupply', 'Roscosmos'] },
  { text: 'Progress cargo ship', case: 'any', entityId: 'progress' },
  { text: 'Союз', case: 'exact', entityId: 'soyuz', context: ['МКС', 'космонавт'] },
  { text: 'Союз МС', case: 'any', entityId: 'soyuz' },
  { text: 'Unity', case: 'exact', entityId: 'unity', context: SPACE },
  { text: 'Unity node', case: 'any', entityId: 'unity' },
  { text: 'Zarya', case: 'any', entityId: 'zarya', context: SPACE },
  { text: 'Harmony', case: 'exact', entityId: 'harmony', context: ['ISS', 'Destiny'] },
  { text: 'Destiny', case: 'exact', entityId: 'destiny', context: ['ISS', 'Harmony'] },
  { text: 'Destiny laboratory', case: 'any', entityId: 'destiny' },
  { text: 'Columbus', case: 'exact', entityId: 'columbus', context: ['ISS', 'ESA'] },
  { text: 'Columbus laboratory', case: 'any', entityId: 'columbus' },
  { text: 'Dmitry Bakanov', case: 'any', entityId: 'bakanov', context: ['Roscosmos'] },
  { text: 'Bakanov', case: 'any', entityId: 'bakanov', context: ['Roscosmos'] },
  { text: 'Дмитрия Рогозина', case: 'any', entityId: 'rogozin' },
  { text: 'Scott Kelly', case: 'any', entityId: 'kelly', context: ['astronaut'] },
  { text: 'Kelly', case: 'any', entityId: 'kelly', context: ['astronaut'] },
];

export const matcher = compileMatcher(ALIASES);

/** What findMentions reports: [text, candidate entity ids] pairs. */
export function found(text: string, using: Matcher = matcher): Array<[string, string[]]> {
  return using.findMentions(text).map((m) => [m.text, m.entries.map((e) => e.entityId)]);
}

/** What a reader would see highlighted in `text` read as one article: [text, entity] pairs. */
export function highlighted(text: string, using: Matcher = matcher): Array<[string, string]> {
  const context = new MentionContext(using);
  const at = context.append(text)!;
  return resolveAll(context, [{ mentions: using.findMentions(text), at }]).map(({ resolved }) => [
    resolved.text,
    resolved.entityId,
  ]);
}
