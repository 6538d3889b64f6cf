import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ENTITIES, RAW_ENTITIES } from '../../utils/dataset';
import { EntitySchema } from '../../utils/schema';
import { TOPIC_IDS } from '../../utils/topics';

/** Ids the product promises (issue 2 and the dataset issue). */
const REQUIRED_IDS = [
  'iss',
  'russian-orbital-segment',
  'us-orbital-segment',
  'roscosmos',
  'dmitry-rogozin',
  'nasa',
  'spacex',
  'elon-musk',
  'scott-kelly',
  'cady-coleman',
  'mark-vande-hei',
  'soyuz',
  'crew-dragon',
];

const TODAY = new Date().toISOString().slice(0, 10);

/**
 * Where facts may come from (data/README.md, "Choosing and checking sources"):
 * space agencies and governments, encyclopedias, and established news and
 * space-news outlets. A new host is a decision for review, not a drive-by.
 */
const STABLE_SOURCE_HOSTS = new Set([
  // agencies and governments
  'nasa.gov',
  'nssdc.gsfc.nasa.gov',
  'esa.int',
  'global.jaxa.jp',
  'asc-csa.gc.ca',
  'share.america.gov',
  // encyclopedias
  'en.wikipedia.org',
  'ru.wikipedia.org',
  'de.wikipedia.org',
  'britannica.com',
  // news and space-news outlets
  'space.com',
  'tass.com',
  'spacenews.com',
  'collectspace.com',
  'time.com',
  'spaceflightinsider.com',
  'upi.com',
  'cnbc.com',
  'themoscowtimes.com',
  'spacepolicyonline.com',
  'digitaltrends.com',
  'indiatoday.in',
  'seattletimes.com',
  'spaceref.com',
  'usatoday.com',
  'spacedaily.com',
  'aviationweek.com',
  'thestar.com',
  'spaceflightnow.com',
  'meduza.io',
  'nationalreview.com',
  'businessinsider.com',
  'france24.com',
  'newsweek.com',
  'nationalpost.com',
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'nytimes.com',
  'theguardian.com',
  'washingtonpost.com',
]);

describe('the bundled dataset', () => {
  it.each([...RAW_ENTITIES.entries()])('%s passes the schema and is named for its id', (id, raw) => {
    const result = v.safeParse(EntitySchema, raw);
    expect(
      result.issues?.map((issue) => `${issue.path?.map((p) => p.key).join('.')}: ${issue.message}`),
    ).toBeUndefined();
    expect((raw as { id: string }).id).toBe(id);
  });

  it('holds every required entity', () => {
    const ids = new Set(ENTITIES.map((entity) => entity.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every entity 3 to 6 facts', () => {
    expect(ENTITIES.filter((e) => e.facts.length < 3 || e.facts.length > 6).map((e) => e.id)).toEqual([]);
  });

  it('cites only agencies, encyclopedias and established outlets', () => {
    const hosts = ENTITIES.flatMap((e) => e.facts.map((f) => new URL(f.source.url).hostname.replace(/^www\./, '')));
    expect([...new Set(hosts)].filter((host) => !STABLE_SOURCE_HOSTS.has(host)).sort()).toEqual([]);
  });

  it('uses only known topics', () => {
    expect(ENTITIES.filter((e) => !TOPIC_IDS.includes(e.topic)).map((e) => e.id)).toEqual([]);
  });

  it('dates no fact in the future', () => {
    const future = ENTITIES.flatMap((e) => e.facts.filter((f) => f.asOf > TODAY).map((f) => `${e.id}: ${f.asOf}`));
    expect(future).toEqual([]);
  });

  it('gives every unambiguous alias to one entity only', () => {
    const owners = new Map<string, string[]>();
    for (const entity of ENTITIES) {
      for (const alias of entity.aliases) {
        if (alias.context) continue;
        const key = alias.text.toLocaleLowerCase().replaceAll('ё', 'е');
        owners.set(key, [...(owners.get(key) ?? []), entity.id]);
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.length > 1);
    expect(clashes).toEqual([]);
  });
});
