import { describe, expect, it, vi } from 'vitest';
import { MentionContext, resolveMentions, type Scanned } from '@/utils/matcher';
import { matcher } from './fixture';

/** Text nodes of one article, appended in reading order as the page's scan does. */
function scan(context: MentionContext, texts: readonly string[]): Array<Scanned & { text: string }> {
  return texts.map((text) => ({ text, at: context.append(text), mentions: matcher.findMentions(text) }));
}

function decided(texts: readonly string[]): Array<[string, Array<string | null>]> {
  const context = new MentionContext(matcher);
  return [...resolveMentions(context, scan(context, texts))].map(({ scanned, decisions }) => [
    scanned.text,
    [...decisions].map((hit) => hit?.entityId ?? null),
  ]);
}

describe('resolveMentions', () => {
  it('gives one decision per mention, per scanned text, in reading order, null when unjustified', () => {
    expect(decided(['The Dragon slept.', 'NASA and the ISS.'])).toEqual([
      ['The Dragon slept.', [null]],
      ['NASA and the ISS.', ['nasa', 'iss']],
    ]);
  });

  it('notes every text before resolving any: a name given later supports an ambiguous one earlier', () => {
    // No context word of Unity anywhere: only its unambiguous spelling in the later text names it.
    expect(decided(['Then the Unity hatch opened.', 'The Unity node is a module.'])).toEqual([
      ['Then the Unity hatch opened.', ['unity']],
      ['The Unity node is a module.', ['unity']],
    ]);
    expect(decided(['Then the Unity hatch opened.'])).toEqual([['Then the Unity hatch opened.', [null]]]);
  });

  it('resolves nothing before it is asked, so the page can stop between two mentions', () => {
    const context = new MentionContext(matcher);
    const resolve = vi.spyOn(context, 'resolve');
    const steps = resolveMentions(context, scan(context, ['NASA, ESA and the ISS.']));
    const first = steps.next();
    expect(resolve).not.toHaveBeenCalled();
    expect(first.done).toBe(false);
    const decisions = first.value!.decisions[Symbol.iterator]();
    expect(decisions.next().value).toMatchObject({ entityId: 'nasa', text: 'NASA' });
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('counts context anywhere for text it has no position for (a repair pass)', () => {
    const context = new MentionContext(matcher);
    context.append('A long story about the splashdown.');
    const repaired = { mentions: matcher.findMentions('the Dragon'), at: undefined };
    const [only] = [...resolveMentions(context, [repaired])];
    expect([...only!.decisions].map((hit) => hit?.entityId)).toEqual(['crew-dragon']);
  });
});
