// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
/**
 * Round-trip fuzzing with a fixed seed: random trees, highlighted and
 * cleared, must give the page back exactly. `npm run fuzz` runs more cases.
 */
import { describe, expect, it } from 'vitest';
import { buildRandomTree, operationRoundTrip, PAGE_OPERATIONS, roundTrip, runFuzz } from '../../scripts/lib/fuzz-dom';

const FIRST_SEED = 20261126;
const CASES = 3000;
const OPERATION_CASES = 1500;

describe('highlighting then clearing random pages', () => {
  it(`gives back the same HTML and the same node objects in ${CASES} random trees`, async () => {
    // A document of its own: see scripts/lib/fuzz-dom.ts on jsdom and NodeIterators.
    const doc = document.implementation.createHTMLDocument('fuzz');
    const run = await runFuzz(doc, roundTrip, { firstSeed: FIRST_SEED, cases: CASES, keepFailures: 5 });
    expect(run.failures).toEqual([]);
    // The cases really exercise highlighting, not just pages without names.
    expect(run.highlighted).toBeGreaterThan(CASES / 2);
    expect(run.highlights).toBeGreaterThan(CASES);
    expect(doc.body.childNodes).toHaveLength(0);
  }, 180_000);

  it('builds the same tree from the same seed, and different trees from different seeds', () => {
    const html = (seed: number) => {
      const container = document.createElement('div');
      buildRandomTree(document, container, seed);
      return container.innerHTML;
    };
    expect(html(7)).toBe(html(7));
    expect(new Set([1, 2, 3, 4, 5].map(html)).size).toBe(5);
  });

  it('notices a page that does not come back exactly', async () => {
    // The checker itself must be able to fail: damage the DOM between highlight and clear.
    const doc = document.implementation.createHTMLDocument('fuzz');
    const seeds = [FIRST_SEED, FIRST_SEED + 1, FIRST_SEED + 2, FIRST_SEED + 3];
    // What mark.js's unmark() would do: merge and drop the page's text nodes.
    const merged = await Promise.all(seeds.map((seed) => roundTrip(doc, seed, (c) => c.normalize())));
    expect(merged.filter((result) => result.highlights > 0).every((result) => result.problems.length > 0)).toBe(true);
    const damaged = await roundTrip(doc, FIRST_SEED, (c) => c.append('!'));
    expect(damaged.problems).toContain('round 1: innerHTML differs after clearing');
  });
});

describe('page scripts operating on highlighted text in random pages', () => {
  it(`never loses or duplicates the reader's text in ${OPERATION_CASES} random operations`, async () => {
    const doc = document.implementation.createHTMLDocument('fuzz');
    const seen = new Set<string>();
    const run = await runFuzz(doc, operationRoundTrip, {
      firstSeed: FIRST_SEED,
      cases: OPERATION_CASES,
      keepFailures: 5,
      onCase: (result) => seen.add(result.operation),
    });
    expect(run.failures).toEqual([]);
    expect([...seen].sort()).toEqual(PAGE_OPERATIONS.map((operation) => operation.name).sort());
    expect(run.highlighted).toBeGreaterThan(OPERATION_CASES / 2);
  }, 180_000);

  it('notices text lost the way it was before the fix (our pieces removed after the page moved its node)', async () => {
    const doc = document.implementation.createHTMLDocument('fuzz');
    let sabotaged = 0;
    let noticed = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + 40; seed++) {
      let removed = 0;
      const result = await operationRoundTrip(doc, seed, (container) => {
        for (const mark of container.querySelectorAll('backstory-mark')) {
          if (mark.textContent) removed++;
          mark.remove();
        }
      });
      if (removed) sabotaged++;
      if (removed && result.problems.length) noticed++;
    }
    expect(sabotaged).toBeGreaterThan(10);
    expect(noticed).toBe(sabotaged);
  });
});
