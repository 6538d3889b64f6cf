// @vitest-environment jsdom
/**
 * The loader's wait for a name on a page that has none yet: what the page
 * adds is collected from the moment the watch is made, read in batches once
 * it listens, and nothing is read after it stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAME_WATCH_DELAY_MS, NameWatch } from '../../entrypoints/content/name-watch';

let watch: NameWatch | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Nothing to see.</p>';
});

afterEach(() => {
  watch?.stop();
  vi.useRealTimers();
});

/** Adds a paragraph and lets the MutationObserver's microtask run. */
async function add(text: string): Promise<HTMLElement> {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  await Promise.resolve();
  return paragraph;
}

function texts(nodes: Iterable<Node>): string[] {
  return [...nodes].map((node) => node.textContent ?? '');
}

describe('the name watch', () => {
  it('keeps what the page added before it was told to listen (while the background answered)', async () => {
    watch = new NameWatch(document.body);
    await add('NASA named a crew.');
    const seen: string[][] = [];
    watch.listen(async (nodes) => {
      seen.push(texts(nodes));
      return false;
    });
    await vi.advanceTimersByTimeAsync(NAME_WATCH_DELAY_MS);
    expect(seen).toEqual([['NASA named a crew.']]);
  });

  it('reads nothing until it listens', async () => {
    watch = new NameWatch(document.body);
    await add('Roscosmos said so.');
    await vi.advanceTimersByTimeAsync(NAME_WATCH_DELAY_MS * 10);
    const found = vi.fn(async () => false);
    watch.stop();
    watch.listen(found);
    await add('The ISS flew over.');
    await vi.advanceTimersByTimeAsync(NAME_WATCH_DELAY_MS * 10);
    expect(found).not.toHaveBeenCalled();
  });

  it('stops once a name is found, and gathers a burst of changes into one read', async () => {
    watch = new NameWatch(document.body);
    const seen: string[][] = [];
    watch.listen(async (nodes) => {
      seen.push(texts(nodes));
      return true;
    });
    await add('Soyuz');
    await add('MS-28');
    await vi.advanceTimersByTimeAsync(NAME_WATCH_DELAY_MS);
    await add('Crew Dragon');
    await vi.advanceTimersByTimeAsync(NAME_WATCH_DELAY_MS * 10);
    expect(seen).toEqual([['Soyuz', 'MS-28']]);
  });
});
