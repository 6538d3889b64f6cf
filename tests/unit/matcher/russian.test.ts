import { describe, expect, it } from 'vitest';
import { russianForms } from '@/utils/matcher';
import { found } from './fixture';

describe('Russian inflections', () => {
  it('declines a surname the dataset gives only in the nominative, with ё written either way', () => {
    const text = 'Рогозин, Рогозина, Рогозину, Рогозиным, Рогозине; Королёв и Королев';
    expect(found(text).map(([word]) => word)).toEqual([
      'Рогозин',
      'Рогозина',
      'Рогозину',
      'Рогозиным',
      'Рогозине',
      'Королёв',
      'Королев',
    ]);
  });

  it('declines adjective phrases and names word by word', () => {
    expect(russianForms('Международная космическая станция')).toEqual([
      'Международной космической станции',
      'Международную космическую станцию',
      'Международной космической станцией',
    ]);
    expect(russianForms('Илон Маск')).toEqual(['Илона Маска', 'Илону Маску', 'Илоном Маском', 'Илоне Маске']);
    expect(russianForms('космодром Восточный')).toContain('космодрома Восточный');
    expect(russianForms('Пётр Дубров')).toContain('Петра Дуброва');
    expect(russianForms('Союз')).toContain('Союзах');
    // Words that do not decline, and phrases whose declension the spelling does not tell.
    expect(russianForms('Кибо')).toEqual([]);
    expect(russianForms('РС МКС')).toEqual([]);
    expect(russianForms('NASA')).toEqual([]);
  });

  it('finds declined phrases in text', () => {
    expect(found('экипаж Международной космической станции')).toEqual([['Международной космической станции', ['iss']]]);
  });
});
