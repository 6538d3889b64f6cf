import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  PLURAL_CATEGORIES,
  createTranslate,
  fill,
  placeholdersOf,
  pageTranslator,
  plural,
  topicLabel,
  translatorFrom,
  type LocaleMessage,
} from '../../utils/i18n';
import { TOPIC_IDS } from '../../utils/topics';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');

/**
 * The card's own list of labels (components/card/labels.ts, from the card's
 * branch). A glob rather than an import, so this file runs before that file
 * exists; the check below then stays skipped.
 */
interface CardLabelsModule {
  CARD_LABEL_NAMES: string[];
  DEFAULT_CARD_LABELS: Record<string, string>;
}
const cardLabels = Object.values(
  import.meta.glob<CardLabelsModule>('../../components/card/labels.ts', { eager: true }),
)[0];

function readLocale(lang: string): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
}

const MESSAGES = Object.fromEntries(LOCALES.map((lang) => [lang, readLocale(lang)]));
const ENGLISH = MESSAGES.en!;
const OTHERS = LOCALES.filter((lang) => lang !== 'en');

describe('the locale files', () => {
  it('are exactly the supported languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it.each(OTHERS)('%s has every English key and no other', (lang) => {
    const theirs = Object.keys(MESSAGES[lang]!);
    const ours = Object.keys(ENGLISH);
    const missing = ours.filter((key) => !theirs.includes(key));
    const extra = theirs.filter((key) => !ours.includes(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(OTHERS)('%s uses the same placeholders as English in every message', (lang) => {
    const mismatches = Object.entries(ENGLISH).flatMap(([key, entry]) => {
      const theirs = MESSAGES[lang]![key]?.message ?? '';
      const expected = placeholdersOf(entry.message);
      const actual = placeholdersOf(theirs);
      return expected.join() === actual.join() ? [] : [{ key, expected, actual }];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message and no WebExtension $placeholder$', (lang) => {
    for (const [key, entry] of Object.entries(MESSAGES[lang]!)) {
      expect(entry.message.trim(), key).not.toBe('');
      // `$` is special to browser.i18n; the files use `{name}` placeholders only.
      expect(entry.message, key).not.toMatch(/\$/);
    }
  });

  it('use only key characters every browser accepts', () => {
    for (const key of Object.keys(ENGLISH)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each(LOCALES)('%s names itself in meta_lang and fits the stores’ limits', (lang) => {
    const messages = MESSAGES[lang]!;
    expect(messages.meta_lang!.message).toBe(lang);
    expect(messages.ext_description!.message.length).toBeLessThanOrEqual(132);
    expect(messages.ext_name!.message.length).toBeLessThanOrEqual(45);
  });

  it('carry every plural category for each counted string', () => {
    const bases = new Set(
      Object.keys(ENGLISH)
        .map((key) => /^(.+)_(one|few|many|other)$/.exec(key)?.[1])
        .filter(Boolean),
    );
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) {
      for (const category of PLURAL_CATEGORIES) expect(Object.keys(ENGLISH)).toContain(`${base}_${category}`);
    }
  });

  it.skipIf(!cardLabels)('carry exactly the card’s labels, in English as the card has them', () => {
    const { CARD_LABEL_NAMES, DEFAULT_CARD_LABELS } = cardLabels!;
    const inFiles = Object.keys(ENGLISH).filter((key) => key.startsWith('card_'));
    expect(inFiles.sort()).toEqual(CARD_LABEL_NAMES.map((name) => `card_${name}`).sort());
    for (const name of CARD_LABEL_NAMES) expect(ENGLISH[`card_${name}`]!.message, name).toBe(DEFAULT_CARD_LABELS[name]);
  });

  it('name every topic', () => {
    const t = translatorFrom(ENGLISH);
    for (const id of TOPIC_IDS) expect(topicLabel(t, id)).not.toMatch(/^topic_/);
  });
});

describe('the translator', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('Backstory is on for {host}', { host: 'example.com' })).toBe('Backstory is on for example.com');
    expect(fill('{count} more', {})).toBe('{count} more');
  });

  it('shows the key when a message is missing, never an empty label', () => {
    const t = createTranslate(() => '');
    expect(t('popup_options')).toBe('popup_options');
  });

  it('falls back to English on a page the browser gave no messages at all', () => {
    const german = (key: string) => MESSAGES.de![key]?.message;
    expect(pageTranslator(german, ENGLISH)('popup_options')).toBe('Einstellungen');
    expect(pageTranslator(() => '', ENGLISH)('popup_options')).toBe('Options');
    expect(pageTranslator(() => '', ENGLISH)('meta_lang')).toBe('en');
  });

  it('picks the plural form by the translation’s own language', () => {
    const ru = translatorFrom(MESSAGES.ru!);
    expect([1, 3, 5, 21].map((count) => plural(ru, 'found_mentions', count))).toEqual([
      '1 упоминание',
      '3 упоминания',
      '5 упоминаний',
      '21 упоминание',
    ]);
    const en = translatorFrom(ENGLISH);
    expect([1, 2].map((count) => plural(en, 'found_mentions', count))).toEqual(['1 mention', '2 mentions']);
  });
});
