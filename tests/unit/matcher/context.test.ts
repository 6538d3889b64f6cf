import { describe, expect, it } from 'vitest';
import { CONTEXT_WINDOW, MentionContext, compileMatcher } from '@/utils/matcher';
import { ALIASES, highlighted, matcher } from './fixture';

describe('resolving mentions in an article', () => {
  it('highlights unambiguous names without support', () => {
    expect(highlighted('NASA and Roscosmos run the ISS.')).toEqual([
      ['NASA', 'nasa'],
      ['Roscosmos', 'roscosmos'],
      ['ISS', 'iss'],
    ]);
  });

  it('needs a context word near an ambiguous name, or the entity named elsewhere', () => {
    expect(highlighted('In the fairy tale the Dragon sleeps under the mountain.')).toEqual([]);
    expect(highlighted('SpaceX said the Dragon would stay docked for a month.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon', 'crew-dragon'],
    ]);
    expect(highlighted('The Crew Dragon docked; later the Dragon undocked.')).toEqual([
      ['Crew Dragon', 'crew-dragon'],
      ['Dragon', 'crew-dragon'],
    ]);
  });

  it('counts a context word only nearby, not anywhere on a long page', () => {
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(Math.ceil((CONTEXT_WINDOW + 200) / 28));
    expect(highlighted(`SpaceX said so.${filler} Then the Dragon slept.`)).toEqual([['SpaceX', 'spacex']]);
  });

  it('picks the entity whose context is closest when one spelling names several', () => {
    expect(highlighted('A cargo flight: the Dragon brought resupply.')).toEqual([['Dragon', 'cargo-dragon']]);
  });

  it('takes a shorter name when the longer one is not justified', () => {
    expect(highlighted('SpaceX showed its Dragon capsule on Monday.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon', 'crew-dragon'],
    ]);
    expect(highlighted('SpaceX flew four astronauts in its Dragon capsule.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon capsule', 'crew-dragon'],
    ]);
  });

  it('needs the context word as a whole word, in any of its forms', () => {
    expect(highlighted('An encapsulated Russian segment.')).toEqual([]);
    expect(highlighted('Two astronauts worked in the Russian segment.')).toEqual([['Russian segment', 'ros']]);
  });

  it('treats the start of a sentence as no evidence for a one-word name: the sentence must hold its context', () => {
    expect(highlighted('A Progress cargo ship docked. Progress on the talks was slow.')).toEqual([
      ['Progress cargo ship', 'progress'],
    ]);
    expect(highlighted('A Progress cargo ship docked. Progress brought resupply for the crew.')).toEqual([
      ['Progress cargo ship', 'progress'],
      ['Progress', 'progress'],
    ]);
    expect(highlighted('Columbus, Ohio, hosts the meeting. The Columbus laboratory turns 20.')).toEqual([
      ['Columbus laboratory', 'columbus'],
    ]);
  });

  it('lets a surname start a sentence once the article named the person in full, in any case form', () => {
    const story = 'Roscosmos chief Dmitry Bakanov visited Houston. ';
    expect(highlighted(`${story}Bakanov said the station would fly on.`)).toEqual([
      ['Roscosmos', 'roscosmos'],
      ['Dmitry Bakanov', 'bakanov'],
      ['Bakanov', 'bakanov'],
    ]);
    // Without the full name, the sentence itself must hold a context word.
    expect(highlighted('Roscosmos met in Houston. \n\nBakanov said the station would fly on.')).toEqual([
      ['Roscosmos', 'roscosmos'],
    ]);
    expect(highlighted('Слова Дмитрия Рогозина помнят. Рогозин в своё время грозил.')).toEqual([
      ['Дмитрия Рогозина', 'rogozin'],
      ['Рогозин', 'rogozin'],
    ]);
    // "Musk said" after "Elon Musk": the common case. A surname followed by another name is someone else.
    expect(highlighted('Elon Musk runs SpaceX. \n\nMusk said the rocket would fly.')).toEqual([
      ['Elon Musk', 'musk'],
      ['SpaceX', 'spacex'],
      ['Musk', 'musk'],
    ]);
    expect(highlighted('The astronaut Scott Kelly spoke. Kelly Clarkson sang later.')).toEqual([
      ['Scott Kelly', 'kelly'],
    ]);
    // Not a person's name: «ракета «Союз»» does not make «Союз» at a sentence's start the rocket.
    expect(highlighted('Экипаж полетит на МКС. Союз журналистов это обсудил.')).toEqual([['МКС', 'iss']]);
  });

  it('does not let two ambiguous names vouch for each other', () => {
    expect(highlighted('The Harmony choir sings in the Destiny hall.')).toEqual([]);
    expect(highlighted('The Destiny laboratory is attached to Harmony.')).toEqual([
      ['Destiny laboratory', 'destiny'],
      ['Harmony', 'harmony'],
    ]);
  });

  it('stops growing its text at the limit, and then counts context anywhere', () => {
    const small = new MentionContext(matcher, CONTEXT_WINDOW, 10);
    expect(small.append('SpaceX here.')).toBe(0);
    expect(small.append('More text.')).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    const context = new MentionContext(matcher);
    context.append('Crew Dragon');
    context.note(matcher.findMentions('Crew Dragon'));
    expect(context.namedEntities.has('crew-dragon')).toBe(true);
    context.clear();
    expect(context.namedEntities.size).toBe(0);
    const [dragon] = matcher.findMentions('the Dragon');
    expect(context.resolve(dragon!, 0)).toBeNull();
  });
});

describe('resolving without positions: context anywhere in the article', () => {
  // A spelling of cargo-dragon that needs no context, so an article can name it unambiguously.
  const withCargo = compileMatcher([...ALIASES, { text: 'Cargo Dragon', case: 'any', entityId: 'cargo-dragon' }]);
  const [dragon] = withCargo.findMentions('the Dragon');

  function resolveIn(article: string): string | null {
    const context = new MentionContext(withCargo);
    context.append(article);
    context.note(withCargo.findMentions(article));
    return context.resolve(dragon!)?.entityId ?? null;
  }

  it('needs a context word or the entity named', () => {
    expect(resolveIn('A dragon in a fairy tale.')).toBeNull();
    expect(resolveIn('The splashdown went well.')).toBe('crew-dragon');
    expect(resolveIn('The Cargo Dragon is ready.')).toBe('cargo-dragon');
  });
});
