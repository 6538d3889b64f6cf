import { describe, expect, it } from 'vitest';
import { NO_SENSES, SENSES, SenseReader, compileMatcher, isDateline, type MatcherAlias } from '@/utils/matcher';
import { highlighted } from './fixture';

/**
 * Names two things share, each with context that justifies it (the article
 * is about spaceflight either way), so only the words next to the name can
 * tell the rocket from the spacecraft, the factory from the ship.
 */
const SHIP = ['МКС', 'ISS', 'Baikonur', 'Байконур', 'космонавт', 'cosmonaut', '国际空间站', '国際宇宙ステーション'];
const ALIASES: MatcherAlias[] = [
  { text: 'ISS', case: 'exact', entityId: 'iss' },
  { text: 'МКС', case: 'exact', entityId: 'iss' },
  { text: '国际空间站', case: 'any', entityId: 'iss' },
  { text: '国際宇宙ステーション', case: 'any', entityId: 'iss' },
  { text: 'Soyuz', case: 'exact', entityId: 'soyuz', context: SHIP },
  { text: 'Soyuz', case: 'exact', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'Sojus', case: 'exact', entityId: 'soyuz', context: SHIP },
  { text: 'Sojus', case: 'exact', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'Soyouz', case: 'exact', entityId: 'soyuz', context: SHIP },
  { text: 'Soyouz', case: 'exact', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'Союз МС', case: 'any', entityId: 'soyuz' },
  { text: 'Союз', case: 'exact', entityId: 'soyuz', context: SHIP },
  { text: 'Союз', case: 'exact', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'Союз', case: 'exact', entityId: 'soyuz', context: SHIP, lang: 'uk' },
  { text: '联盟号', case: 'any', entityId: 'soyuz', context: SHIP },
  { text: '联盟号', case: 'any', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'ソユーズ', case: 'any', entityId: 'soyuz', context: SHIP },
  { text: 'ソユーズ', case: 'any', entityId: 'soyuz-rocket', context: SHIP },
  { text: 'Прогресс', case: 'exact', entityId: 'progress', context: SHIP },
  { text: 'Прогресс', case: 'exact', entityId: 'rkts-progress', context: SHIP },
  { text: 'Progress', case: 'exact', entityId: 'progress', context: SHIP },
  { text: 'Progress', case: 'exact', entityId: 'rkts-progress', context: SHIP },
  { text: 'Прогрес', case: 'exact', entityId: 'progress', context: SHIP, lang: 'uk' },
  { text: 'Прогрес', case: 'exact', entityId: 'rkts-progress', context: SHIP, lang: 'uk' },
  { text: 'Cape Canaveral', case: 'any', entityId: 'cape-canaveral' },
  { text: 'Ангара', case: 'exact', entityId: 'angara', context: SHIP },
  { text: 'Plesetsk', case: 'any', entityId: 'plesetsk' },
];

const matcher = compileMatcher(ALIASES);
const see = (text: string) => highlighted(text, matcher);

describe('the sense of a shared name, from the words next to it', () => {
  it.each([
    ['ru', 'Экипаж МКС стартовал на ракете «Союз» с Байконура.', 'Союз', 'soyuz-rocket'],
    ['ru', 'Ракета-носитель «Союз» вывела на орбиту корабль «Союз МС-25» к МКС.', 'Союз', 'soyuz-rocket'],
    ['ru', 'Космонавты вернулись на корабле «Союз» после полугода на МКС.', 'Союз', 'soyuz'],
    [
      'en',
      'The Soyuz rocket lifted off from Baikonur; the Soyuz capsule docked with the ISS.',
      'Soyuz',
      'soyuz-rocket',
    ],
    ['en', 'A Soyuz capsule docked with the ISS after a launch from Baikonur.', 'Soyuz', 'soyuz'],
    ['de', 'Die Rakete vom Typ Sojus startete in Baikonur zur ISS.', 'Sojus', 'soyuz-rocket'],
    ['de', 'Die Sojus-Kapsel dockte an der ISS an.', 'Sojus', 'soyuz'],
    ['es', 'El cohete Soyuz despegó de Baikonur rumbo a la ISS.', 'Soyuz', 'soyuz-rocket'],
    ['es', 'La nave Soyuz se acopló a la ISS tras despegar de Baikonur.', 'Soyuz', 'soyuz'],
    ['fr', 'La fusée Soyouz a décollé de Baïkonour vers l’ISS.', 'Soyouz', 'soyuz-rocket'],
    ['fr', 'Le vaisseau Soyouz s’est amarré à l’ISS.', 'Soyouz', 'soyuz'],
    ['it', 'Il razzo Soyuz è partito da Baikonur verso la ISS.', 'Soyuz', 'soyuz-rocket'],
    ['it', 'La navicella Soyuz ha attraccato alla ISS.', 'Soyuz', 'soyuz'],
    ['pt', 'O foguete Soyuz decolou de Baikonur rumo à ISS.', 'Soyuz', 'soyuz-rocket'],
    ['pt', 'A nave Soyuz acoplou-se à ISS.', 'Soyuz', 'soyuz'],
    ['uk', 'Екіпаж МКС стартував на ракеті «Союз» з Байконура.', 'Союз', 'soyuz-rocket'],
    ['uk', 'Космонавти повернулися на кораблі «Союз» з МКС.', 'Союз', 'soyuz'],
    ['zh', '联盟号运载火箭从拜科努尔发射，前往国际空间站。', '联盟号', 'soyuz-rocket'],
    ['zh', '联盟号飞船与国际空间站对接。', '联盟号', 'soyuz'],
    ['ja', 'ソユーズ・ロケットで国際宇宙ステーションへ向かった。', 'ソユーズ', 'soyuz-rocket'],
    ['ja', 'ソユーズ宇宙船が国際宇宙ステーションにドッキングした。', 'ソユーズ', 'soyuz'],
  ])('%s: %s', (_lang, text, name, entity) => {
    expect(see(text).filter(([found]) => found === name)[0]).toEqual([name, entity]);
  });

  it.each([
    ['ru', 'Грузовик «Прогресс» доставил на МКС топливо.', 'Прогресс', 'progress'],
    ['ru', 'На заводе «Прогресс» в Самаре собирают ракеты для МКС.', 'Прогресс', 'rkts-progress'],
    ['ru', 'Самарский РКЦ «Прогресс» поставил ракету для полёта к МКС.', 'Прогресс', 'rkts-progress'],
    ['en', 'The Progress factory builds rockets that supply the ISS.', 'Progress', 'rkts-progress'],
    ['en', 'The Progress freighter docked with the ISS.', 'Progress', 'progress'],
    ['uk', 'Завод «Прогрес» у Самарі виготовляє ракети для польотів на МКС.', 'Прогрес', 'rkts-progress'],
    ['uk', 'Вантажний корабель «Прогрес» пристикувався до МКС.', 'Прогрес', 'progress'],
    ['es', 'La fábrica Progress de Samara construye los cohetes que abastecen la ISS.', 'Progress', 'rkts-progress'],
    ['fr', 'L’usine Progress de Samara fabrique les fusées qui desservent l’ISS.', 'Progress', 'rkts-progress'],
    ['it', 'Il cargo Progress ha attraccato alla ISS.', 'Progress', 'progress'],
    ['pt', 'O cargueiro Progress acoplou à ISS.', 'Progress', 'progress'],
  ])('%s: %s', (_lang, text, name, entity) => {
    expect(see(text).filter(([found]) => found === name)[0]).toEqual([name, entity]);
  });

  it('leaves a shared name alone when no cue is near, or cues of two kinds are equally near', () => {
    // No cue in the clause: the context decides as before (here both are supported; the first listed wins).
    expect(see('Экипаж МКС полетит на «Союзе» в марте.').map(([, id]) => id)).toEqual(['iss', 'soyuz']);
    // A cue in the next clause does not count.
    expect(see('After the Soyuz docked with the ISS, the rocket stage fell away.')).toContainEqual(['Soyuz', 'soyuz']);
  });

  it('rejects a name whose cue says it is something outside the dataset', () => {
    expect(see('На реке Ангара у Иркутска прошёл фестиваль; экипаж МКС прислал привет.')).toEqual([['МКС', 'iss']]);
    expect(see('Ракета «Ангара» стартовала с Плесецка; экипаж МКС ждёт груз.')).toContainEqual(['Ангара', 'angara']);
    expect(see('The city of Cape Canaveral approved a new seawall.')).toEqual([]);
    expect(see('Cape Canaveral Mayor Wes Morrison spoke at the meeting.')).toEqual([]);
    expect(see('SpaceX launched from Cape Canaveral on Tuesday.')).toEqual([['Cape Canaveral', 'cape-canaveral']]);
  });

  it('reads a dateline as the town, in any case and with any agency', () => {
    for (const text of [
      'CAPE CANAVERAL, Fla. (AP) — The rocket rose before dawn.',
      'CAPE CANAVERAL, Florida, March 3 (Reuters) - The rocket rose before dawn.',
      'Cape Canaveral, Fla. — The rocket rose before dawn.',
      'By Marcia Dunn\nCAPE CANAVERAL, Fla. (AP) — The rocket rose before dawn.',
    ]) {
      expect(see(text)).toEqual([]);
    }
    // The same words inside a sentence are the launch site.
    expect(see('The rocket left Cape Canaveral, Fla., before dawn.')).toEqual([['Cape Canaveral', 'cape-canaveral']]);
  });

  it('tells datelines from other openings', () => {
    const around = (mention: string, after: string, opensParagraph = true) => ({
      before: '',
      mention,
      after,
      opensParagraph,
    });
    expect(isDateline(around('CAPE CANAVERAL', ', Fla. (AP) — NASA'))).toBe(true);
    expect(isDateline(around('МЫС КАНАВЕРАЛ', ', 5 марта. /ТАСС/. Ракета'))).toBe(true);
    expect(isDateline(around('Cape Canaveral', ' is where the rocket rose.'))).toBe(false);
    expect(isDateline(around('CAPE CANAVERAL', ', Fla. (AP) — NASA', false))).toBe(false);
  });

  it('does nothing with a table that has no senses, and asks only where two senses exist', () => {
    const reader = new SenseReader(NO_SENSES);
    expect(
      reader.choose('soyuz', ['soyuz', 'soyuz-rocket'], () => ({
        before: 'ракеты «',
        mention: 'Союз',
        after: '»',
        opensParagraph: false,
      })),
    ).toBe('soyuz');
    const real = new SenseReader(SENSES);
    expect(real.kindsAt(['soyuz'])).toBeNull();
    expect(real.kindsAt(['iss', 'nasa'])).toBeNull();
    expect(real.kindsAt(['soyuz', 'soyuz-rocket'])).not.toBeNull();
    expect(real.kindsAt(['cape-canaveral'])).not.toBeNull();
  });
});
