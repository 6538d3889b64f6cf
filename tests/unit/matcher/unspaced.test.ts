import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherAlias } from '@/utils/matcher';
import { found, highlighted } from './fixture';

/** Chinese and Japanese names, with the longer words around them that are something else. */
const ALIASES: MatcherAlias[] = [
  { text: '国际空间站', case: 'any', entityId: 'iss', lang: 'zh' },
  { text: '国家航天局', case: 'any', entityId: 'cnsa', lang: 'zh' },
  { text: '美国国家航空航天局', case: 'any', entityId: 'nasa', lang: 'zh' },
  { text: '神舟', case: 'any', entityId: 'shenzhou', lang: 'zh', context: ['航天员', '天宫', '空间站'] },
  { text: '嫦娥', case: 'any', entityId: 'change', lang: 'zh', context: ['探测器', '国家航天局'] },
  { text: '埃隆·马斯克', case: 'any', entityId: 'musk', lang: 'zh' },
  { text: '国際宇宙ステーション', case: 'any', entityId: 'iss', lang: 'ja' },
  { text: 'ソユーズ', case: 'any', entityId: 'soyuz', lang: 'ja' },
  { text: 'アルテミス計画', case: 'any', entityId: 'artemis', lang: 'ja' },
  { text: 'イーロン・マスク', case: 'any', entityId: 'musk', lang: 'ja' },
  { text: '宇宙航空研究開発機構', case: 'any', entityId: 'jaxa', lang: 'ja' },
  { text: 'NASA', case: 'exact', entityId: 'nasa' },
  { text: 'SpaceX', case: 'any', entityId: 'spacex' },
];
const NOT_NAMES = ['神舟电脑', '嫦娥奔月', '乌克兰国家航天局'];
const matcher = compileMatcher(ALIASES, { notNames: NOT_NAMES });
const names = (text: string) => found(text, matcher).map(([name]) => name);

describe('names in Chinese and Japanese, which have no spaces between words', () => {
  it('are found between any characters of the sentence around them', () => {
    expect(names('中国国家航天局表示，神舟十八号航天员已进入国际空间站。')).toEqual([
      '国家航天局',
      '神舟',
      '国际空间站',
    ]);
    expect(names('据美国国家航空航天局消息，埃隆·马斯克的SpaceX公司将发射飞船。')).toEqual([
      '美国国家航空航天局',
      '埃隆·马斯克',
      'SpaceX',
    ]);
    expect(names('宇宙航空研究開発機構は国際宇宙ステーションでの実験を発表した。')).toEqual([
      '宇宙航空研究開発機構',
      '国際宇宙ステーション',
    ]);
    expect(names('ソユーズ宇宙船とNASAの飛行士')).toEqual(['ソユーズ', 'NASA']);
  });

  it('take any of the dots outlets put between a foreign person’s names', () => {
    expect(names('埃隆・马斯克和イーロン·マスク，还有埃隆‧马斯克')).toEqual([
      '埃隆・马斯克',
      'イーロン·マスク',
      '埃隆‧马斯克',
    ]);
  });

  it('are not found inside a longer katakana name', () => {
    expect(names('スーパーソユーズ号とソユーズロケットの違い')).toEqual([]);
    expect(names('アルテミス計画ファン')).toEqual(['アルテミス計画']);
    expect(names('ネオアルテミス計画')).toEqual([]);
  });

  it('are not found inside the longer words listed as something else', () => {
    expect(names('他买了一台神舟电脑。')).toEqual([]);
    expect(names('嫦娥奔月的传说')).toEqual([]);
    expect(names('乌克兰国家航天局局长访问北京')).toEqual([]);
  });

  it('need context when they are short words of the language', () => {
    expect(highlighted('神舟电脑和嫦娥的故事', matcher)).toEqual([]);
    expect(highlighted('神舟二十号航天员抵达天宫。嫦娥六号探测器由国家航天局发射。', matcher)).toEqual([
      ['神舟', 'shenzhou'],
      ['嫦娥', 'change'],
      ['国家航天局', 'cnsa'],
    ]);
  });

  it('are still bounded in spaced scripts beside them', () => {
    expect(names('NASAs und NASA的 but not NASAL or xNASA')).toEqual(['NASAs', 'NASA']);
  });
});
