/**
 * Measures the card as a reader first sees it: every entity's card rendered
 * in Chromium at 1280×800 inside a shadow root (as the content script does),
 * without a story date and against a few story dates, and prints the tallest
 * cards, how many go over the height budget or scroll inside, and the
 * characters of text on the first view.
 *
 *   npx tsx scripts/card-heights.ts [--data data/entities] [--story 2022-03-10 --story 2019-06-01] [--width 400] [--json]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import * as v from 'valibot';
import { CardEntitySchema } from '../utils/messages';
import { launchBrowser } from './lib/chrome';

/** The card's first view may be this tall at 1280×800 (issue: "at most about 300 px"). */
const HEIGHT_BUDGET_PX = 300;
const VIEWPORT_HEIGHT = 800;
const DEFAULT_STORIES = ['2019-06-01', '2022-03-10', '2024-01-15'];

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, 'data/entities') },
    story: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    /** Window width in px: 1280 by default; 400 for a narrow window. */
    width: { type: 'string', default: '1280' },
    /** ENTITY@STORY: a screenshot of that card, to card-heights.png. */
    shot: { type: 'string' },
  },
});
const VIEWPORT = { width: Number(values.width), height: VIEWPORT_HEIGHT };
const stories: (string | undefined)[] = [undefined, ...(values.story ?? DEFAULT_STORIES)];

const entities = readdirSync(values.data!)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const raw = JSON.parse(readFileSync(join(values.data!, file), 'utf8')) as Record<string, unknown>;
    delete raw.aliases;
    return v.parse(CardEntitySchema, raw);
  });

const work = mkdtempSync(join(tmpdir(), 'backstory-card-heights-'));
const entry = join(work, 'entry.tsx');
const { writeFileSync } = await import('node:fs');
writeFileSync(
  entry,
  `import { h, render } from 'preact';
   import { Card } from '${join(ROOT, 'components/Card.tsx')}';
   (window as any).renderCard = async (props: any, css: string) => {
     document.body.replaceChildren();
     const host = document.createElement('div');
     document.body.append(host);
     const root = host.attachShadow({ mode: 'open' });
     const style = document.createElement('style');
     style.textContent = css;
     const container = document.createElement('div');
     root.append(style, container);
     render(h(Card, { ...props, onClose() {}, onOpenRelated() {}, onBack() {} }), container);
     // The card fits itself to its height budget before it is painted: measure what is painted.
     await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
     const card = root.querySelector('[role="dialog"]') as HTMLElement;
     const box = card.getBoundingClientRect().height;
     // The height the card would take with no cap: what the reader would have to scroll through.
     const natural = box - card.clientHeight + card.scrollHeight;
     const shownIn = (selector: string) => card.querySelectorAll(selector).length;
     return { height: natural, scroll: card.scrollHeight > card.clientHeight + 1,
       lead: shownIn(':scope > .lines:not([hidden]) > .line'),
       // -1: no "since this story" section at all.
       since: card.querySelector('.since') ? shownIn('.since > .lines:not([hidden]) > .line') : -1,
       chars: [...card.querySelectorAll('.summary, .at-the-time, .lines:not([hidden]) .line-text')]
         .reduce((sum, el) => sum + el.textContent!.length, 0) };
   };`,
);
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@': ROOT },
  nodePaths: [join(ROOT, 'node_modules')],
  logLevel: 'silent',
});
const script = bundle.outputFiles[0]!.text;
const css = readFileSync(join(ROOT, 'components/card.css'), 'utf8');

const browser = await launchBrowser({ withExtension: false, viewport: VIEWPORT });
const today = new Date().toISOString().slice(0, 10);
interface Row {
  id: string;
  story: string;
  height: number;
  scroll: boolean;
  chars: number;
  /** Facts up to the story, and changes since it, shown on the first view. */
  lead: number;
  since: number;
}
const rows: Row[] = [];
try {
  const page = await browser.context.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: script });
  for (const entity of entities) {
    const related = (entity.related ?? []).map((id) => ({ id, name: id.replace(/-/g, ' ') }));
    for (const story of stories) {
      const props = {
        entity,
        topicLabel: 'Topic',
        topicColor: '#2f6fde',
        theme: 'light',
        related,
        today,
        ...(story ? { story: { date: story, sourceLabel: "the page's metadata" } } : {}),
      };
      const measured = await page.evaluate(
        ([p, c]) =>
          (
            window as unknown as {
              renderCard(p: unknown, c: string): Promise<Omit<Row, 'id' | 'story'>>;
            }
          ).renderCard(p, c),
        [props, css] as const,
      );
      if (values.shot && values.shot === `${entity.id}@${story ?? 'none'}`) {
        await page.screenshot({ path: 'card-heights.png', clip: { x: 0, y: 0, width: 480, height: 560 } });
      }
      rows.push({ id: entity.id, story: story ?? 'none', ...measured });
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const over = rows.filter((row) => row.height > HEIGHT_BUDGET_PX + 0.5);
const scrolled = rows.filter((row) => row.scroll);
const heights = rows.map((row) => row.height).sort((a, b) => a - b);
const median = heights[Math.floor(heights.length / 2)]!;
const summary = {
  cards: rows.length,
  entities: entities.length,
  stories,
  medianPx: Math.round(median),
  maxPx: Math.round(heights.at(-1)!),
  overBudget: over.length,
  scrollOnFirstView: scrolled.length,
  medianChars: rows.map((row) => row.chars).sort((a, b) => a - b)[Math.floor(rows.length / 2)],
};
/** "0: 3, 1: 40, 2: 103": how many cards showed each count. */
function tally(pick: (row: Row) => number, of: Row[]): string {
  const counts = new Map<number, number>();
  for (const row of of) counts.set(pick(row), (counts.get(pick(row)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([count, cards]) => `${count}: ${cards}`)
    .join(', ');
}
if (values.json) {
  console.log(JSON.stringify({ summary, rows }, null, 2));
} else {
  for (const row of [...rows].sort((a, b) => b.height - a.height).slice(0, 12)) {
    console.log(
      `${row.height.toFixed(0).padStart(4)} px  ${row.scroll ? 'scrolls' : '       '}  ${row.story}  ${row.id}`,
    );
  }
  console.log(
    `\n${summary.cards} cards (${summary.entities} entities × ${stories.length} story dates, 'none' included) at ${VIEWPORT.width}×${VIEWPORT.height}`,
  );
  console.log(`median ${summary.medianPx} px, max ${summary.maxPx} px, budget ${HEIGHT_BUDGET_PX} px`);
  console.log(`over budget: ${summary.overBudget}; scrolling on first view: ${summary.scrollOnFirstView}`);
  console.log(
    `facts shown first, without a story date: ${tally(
      (row) => row.lead,
      rows.filter((r) => r.story === 'none'),
    )}`,
  );
  const placed = rows.filter((row) => row.since >= 0);
  console.log(
    `with changes since the story (${placed.length} cards): facts ${tally((row) => row.lead, placed)}; changes ${tally((row) => row.since, placed)}`,
  );
  console.log(`median text on first view: ${summary.medianChars} characters (summary, at-the-time line and facts)`);
}
