import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher';
import { GAPS_ALIASES } from '../../fixtures/aliases';
import { pageBlocks, pageLanguage, siteNames } from '../../../scripts/lib/gaps/page-text';
import { findGaps, nameKey, uncovered, type PageText } from '../../../scripts/lib/gaps/tally';
import { readPage } from '../../../scripts/gaps';
import { CORPUS_DIR, corpusAvailable } from '../../../scripts/lib/corpus';

const matcher = compileMatcher(GAPS_ALIASES);

describe('names the dataset has no card for', () => {
  it('cuts the aliases out of a name and keeps what is left, or the whole when one plain word follows', () => {
    expect(uncovered('NASA Administrator Jim Bridenstine', 'en', matcher)).toEqual(['Jim Bridenstine']);
    expect(uncovered('ISS Expedition 68', 'en', matcher)).toEqual(['Expedition 68']);
    expect(uncovered('Soyuz MS-22', 'en', matcher)).toEqual([]);
    expect(uncovered('Roscosmos', 'en', matcher)).toEqual([]);
    expect(uncovered('Artemis Accords', 'en', matcher)).toEqual(['Artemis Accords']);
    expect(uncovered('Rogozina', 'en', matcher)).toEqual(['Rogozina']);
    expect(uncovered('Рогозина', 'ru', matcher)).toEqual([]);
  });

  it('groups Russian case forms and ignores case and spacing', () => {
    expect(nameKey('Юрия Гагарина')).toBe(nameKey('Юрий Гагарин'));
    expect(nameKey('Jim  Bridenstine')).toBe(nameKey('jim bridenstine'));
  });

  const story = (name: string, blocks: string[], lang: PageText['lang'] = 'en'): PageText => ({ name, lang, blocks });

  it('counts names near spaceflight words in space stories, most frequent first, with their pages', () => {
    const pages = [
      story('a.html', [
        'By Jeff Foust',
        'NASA Administrator Jim Bridenstine said the rocket for the lunar Gateway will launch in orbit next year.',
        'Bridenstine told the astronauts that the Gateway would wait. The satellite team agreed.',
      ]),
      story('b.html', [
        'The rocket will launch the Gateway module to lunar orbit, Jim Bridenstine said to the satellite crew.',
        'Far from any of those words, on another subject entirely, a gardener grew very tall roses in her back garden every summer, and her neighbours admired them greatly for many years on end, long before anyone in the village had heard of anything else at all, and she was called Agatha Finch.',
        'Agatha Finch won a prize.',
      ]),
      story('c.html', ['Marketing: the campaign launch with Tim Cook went well.']),
      story(
        'd.ru.html',
        ['Ракета «Ангара-А5» стартовала с космодрома и вывела спутник на орбиту. Экипаж МКС и Юрий Гагарин ждут.'],
        'ru',
      ),
    ];
    const { gaps, spaceStories } = findGaps(pages, matcher);
    expect(spaceStories).toBe(3);
    const table = gaps.map((gap) => [gap.name, gap.count, gap.pages]);
    expect(table.slice(0, 2)).toEqual([
      ['Gateway', 3, ['a.html', 'b.html']],
      ['Jim Bridenstine', 3, ['a.html', 'b.html']],
    ]);
    // The surname alone on a page that names him in full is counted with the full name.
    expect(gaps[1]!.spellings).toEqual(['Bridenstine']);
    const names = gaps.map((gap) => gap.name);
    expect(names).toEqual(expect.arrayContaining(['Ангара-А5', 'Юрий Гагарин']));
    expect(names).not.toContain('Bridenstine');
    // A byline's reporter, a name far from spaceflight words, and a page that is not a space story are not counted.
    for (const absent of ['Jeff Foust', 'Agatha Finch', 'Tim Cook', 'NASA', 'Marketing'])
      expect(names).not.toContain(absent);
  });
});

describe('the text of a page', () => {
  it('reads the story, passage by passage, without menus, scripts, hidden parts or the footer', () => {
    const { document } = parseHTML(`<!doctype html><html lang="de"><body>
      <nav><a href="/">Raumfahrt</a></nav>
      <article><h1>Start der Rakete</h1><p>Die <b>Rakete</b> startete.<br>Alexander Gerst sah zu.</p>
        <p hidden>Versteckt</p><script>var x = "Skript";</script><p>${'Noch ein Satz über die Raumstation. '.repeat(10)}</p></article>
      <footer>Impressum</footer></body></html>`);
    const doc = document as unknown as Document;
    const blocks = pageBlocks(doc);
    expect(blocks.slice(0, 3)).toEqual(['Start der Rakete', 'Die Rakete startete.', 'Alexander Gerst sah zu.']);
    expect(blocks.join(' ')).not.toMatch(/Versteckt|Skript|Impressum|Raumfahrt$/);
    expect(pageLanguage(doc, blocks)).toBe('de');
  });

  it('tells the language from the function words when the page does not say', () => {
    const { document } = parseHTML('<html><body><p>x</p></body></html>');
    const doc = document as unknown as Document;
    expect(
      pageLanguage(doc, ['Le lanceur et la capsule sont dans le hangar, et les ingénieurs sont prêts pour le vol.']),
    ).toBe('fr');
    expect(pageLanguage(doc, ['Ракета и корабль уже на стартовом столе, и экипаж готов к полёту.'])).toBe('ru');
    expect(pageLanguage(doc, ['神舟十五号载人飞船发射成功'])).toBe('zh');
    expect(pageLanguage(doc, ['イプシロンロケットの打ち上げ'])).toBe('ja');
  });

  it("knows the site's own name from its metadata and its title", () => {
    const { document } = parseHTML(
      '<html><head><title>Mars Facts | Orbit Weekly</title><meta property="og:site_name" content="OrbitWeekly"></head><body></body></html>',
    );
    expect(siteNames(document as unknown as Document).sort()).toEqual(['Orbit Weekly', 'OrbitWeekly']);
  });
});

const withCorpus = corpusAvailable('npm run gaps on saved news pages');

describe('npm run gaps on saved news pages', () => {
  it.runIf(withCorpus)('finds the people and programmes two space stories name that the aliases lack', () => {
    const pages = [
      'scrapinghub__article-extraction-benchmark/thespacereview.com_big-rocket.html',
      'scrapinghub__article-extraction-benchmark/spacenews.com_nasa-clps-five-companies.html',
    ].map((path) => readPage(CORPUS_DIR, path));
    const { gaps, spaceStories } = findGaps(pages, matcher);
    expect(spaceStories).toBe(2);
    const names = gaps.map((gap) => gap.name);
    expect(names).toEqual(expect.arrayContaining(['Jim Bridenstine', 'CLPS', 'Gateway', 'Lockheed Martin']));
    // Covered by the aliases, or the reporter's byline.
    for (const absent of ['NASA', 'SLS', 'Boeing', 'Jeff Foust']) expect(names).not.toContain(absent);
  });
});
