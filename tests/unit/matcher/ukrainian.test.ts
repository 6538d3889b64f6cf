import { describe, expect, it } from 'vitest';
import { compileMatcher, russianForms, ukrainianForms } from '@/utils/matcher';
import { found, highlighted } from './fixture';

const matcher = compileMatcher([
  { text: 'Роскосмос', case: 'any', entityId: 'roscosmos', lang: 'uk' },
  { text: 'Міжнародна космічна станція', case: 'any', entityId: 'iss', lang: 'uk' },
  { text: 'Ілон Маск', case: 'any', entityId: 'musk', lang: 'uk' },
  { text: 'Валентина Терешкова', case: 'any', entityId: 'tereshkova', lang: 'uk' },
  { text: 'Наука', case: 'exact', entityId: 'nauka', lang: 'uk', context: ['МКС'] },
  { text: 'МКС', case: 'exact', entityId: 'iss' },
]);

describe('Ukrainian inflections', () => {
  it('declines a name in every case, with the two spellings Ukrainian allows', () => {
    expect(ukrainianForms('Роскосмос')).toEqual(
      expect.arrayContaining(['Роскосмоса', 'Роскосмосу', 'Роскосмосові', 'Роскосмосом', 'Роскосмосі']),
    );
    expect(ukrainianForms('Ілон Маск')).toEqual(
      expect.arrayContaining(['Ілона Маска', 'Ілону Маску', 'Ілонові Маскові', 'Ілоном Маском', 'Ілоні Маску']),
    );
    expect(ukrainianForms('Дмитро Рогозін')).toEqual(
      expect.arrayContaining(['Дмитра Рогозіна', 'Дмитрові Рогозіну', 'Дмитром Рогозіним', 'Дмитрі Рогозіні']),
    );
    expect(ukrainianForms('Юрій Гагарін')).toEqual(expect.arrayContaining(['Юрія Гагаріна', 'Юрієм Гагаріним']));
    expect(ukrainianForms('Олег Кононенко')).toEqual(expect.arrayContaining(['Олега Кононенка', 'Олегом Кононенком']));
  });

  it('declines adjectives with their noun, in its gender, and leaves what follows the noun', () => {
    expect(ukrainianForms('Міжнародна космічна станція')).toEqual([
      'Міжнародної космічної станції',
      'Міжнародній космічній станції',
      'Міжнародну космічну станцію',
      'Міжнародною космічною станцією',
    ]);
    expect(ukrainianForms('Європейське космічне агентство')).toEqual([
      'Європейського космічного агентства',
      'Європейському космічному агентству',
      'Європейським космічним агентством',
      'Європейському космічному агентстві',
    ]);
    expect(ukrainianForms('Державне космічне агентство України')).toContain('Державного космічного агентства України');
    expect(ukrainianForms('космодром Байконур')).toEqual(
      expect.arrayContaining(['космодрому Байконур', 'космодромі Байконур']),
    );
    expect(ukrainianForms('корабель «Союз»')).toEqual(expect.arrayContaining(['корабля «Союз»', 'кораблем «Союз»']));
  });

  it('gives women’s surnames in -ова the adjective’s endings, and leaves consonant-final ones alone', () => {
    expect(ukrainianForms('Валентина Терешкова')).toEqual([
      'Валентини Терешкової',
      'Валентині Терешковій',
      'Валентину Терешкову',
      'Валентиною Терешковою',
    ]);
    expect(ukrainianForms('Юлія Пересільд')).toEqual(['Юлії Пересільд', 'Юлію Пересільд', 'Юлією Пересільд']);
  });

  it('shifts к, г, х before -і in feminine nouns, and leaves words that do not decline', () => {
    expect(ukrainianForms('Наука')).toEqual(['Науки', 'Науці', 'Науку', 'Наукою']);
    expect(ukrainianForms('Кібо')).toEqual([]);
    expect(ukrainianForms('МКС')).toEqual([]);
    expect(ukrainianForms('NASA')).toEqual([]);
  });

  it('applies to Ukrainian aliases only: a Russian alias keeps its Russian forms', () => {
    expect(russianForms('Роскосмос')).not.toContain('Роскосмосі');
    expect(found('Голова Роскосмосу та Роскосмосові', matcher)).toEqual([
      ['Роскосмосу', ['roscosmos']],
      ['Роскосмосові', ['roscosmos']],
    ]);
    expect(highlighted('Екіпаж Міжнародної космічної станції і модуль «Науку» на МКС', matcher)).toEqual([
      ['Міжнародної космічної станції', 'iss'],
      ['Науку', 'nauka'],
      ['МКС', 'iss'],
    ]);
    expect(found('Про Валентину Терешкову та Ілонові Маскові', matcher)).toEqual([
      ['Валентину Терешкову', ['tereshkova']],
      ['Ілонові Маскові', ['musk']],
    ]);
  });
});
