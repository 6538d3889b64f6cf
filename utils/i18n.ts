/**
 * The interface's strings, in the reader's language. They live in the
 * WebExtension `_locales/<lang>/messages.json` files (public/_locales/), which
 * the browser picks by its own language and which also translate the
 * manifest. Placeholders are written `{name}` in the message itself (not the
 * WebExtension `$1` kind), so one convention serves every string, the card's
 * labels included.
 *
 * Pure: the pages pass `browser.i18n.getMessage` in (createTranslate), and
 * components take the resulting `t` as a prop; tests build one from the
 * English file (translatorFrom).
 */
import type english from '../public/_locales/en/messages.json';

/** The languages the interface is translated into; `en` is the manifest's default_locale. */
export const LOCALES = ['en', 'ru', 'de', 'es', 'fr', 'uk'] as const;

export type MessageKey = keyof typeof english;

export type Values = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, values?: Values) => string;

/** One entry of a messages.json file. */
export interface LocaleMessage {
  message: string;
  description?: string;
}

/** Fills `{name}` placeholders; an unknown one is left as written, so a typo shows rather than vanishes. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names a message uses, sorted: every locale must use the same ones. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * A translator over a message lookup such as `browser.i18n.getMessage`. A
 * message the lookup does not know shows its key, which a test or a reader
 * notices, rather than an empty label.
 */
export function createTranslate(getMessage: (key: MessageKey) => string | undefined): Translate {
  return (key, values) => fill(getMessage(key) || key, values);
}

/**
 * The extension pages' translator. Chromium can give a page an empty
 * message bundle, and keeps it for every page of that process: seen when an
 * extension page was closed while it loaded. Every label would then show its
 * key, so a page that gets nothing even for `meta_lang` (which every locale
 * has) uses the English file it carries instead.
 */
export function pageTranslator(
  getMessage: (key: MessageKey) => string | undefined,
  english: Readonly<Record<string, LocaleMessage>>,
): Translate {
  return getMessage('meta_lang') ? createTranslate(getMessage) : translatorFrom(english);
}

/** A translator over one parsed messages.json file (component tests use the English one). */
export function translatorFrom(messages: Readonly<Record<string, LocaleMessage>>): Translate {
  return createTranslate((key) => messages[key]?.message);
}

/** Plural categories the files carry for counted strings (`found_mentions_one`, `_few`, `_many`, `_other`). */
export const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

/**
 * A counted string in the reader's language ("1 mention", "3 упоминания",
 * "5 упоминаний"): the category comes from Intl.PluralRules for the
 * translation's own language (`meta_lang`), and `{count}` is filled.
 */
export function plural(t: Translate, base: PluralKey, count: number): string {
  const category = new Intl.PluralRules(t('meta_lang')).select(count);
  const known = (PLURAL_CATEGORIES as readonly string[]).includes(category) ? category : 'other';
  return t(`${base}_${known}` as MessageKey, { count });
}

/** The label of a topic (utils/topics.ts id) in the reader's language. */
export function topicLabel(t: Translate, topicId: string): string {
  const key = `topic_${topicId.replace(/-(\w)/g, (_, char: string) => char.toUpperCase())}`;
  return t(key as MessageKey);
}

/**
 * A message cut at one placeholder, for pages that put an element there (a
 * <kbd>, a sample highlight): "press {keys}." → ["press ", "."]. A message
 * without the placeholder comes back whole, with nothing after.
 */
export function splitAt(message: string, name: string): [before: string, after: string] {
  const at = message.indexOf(`{${name}}`);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + name.length + 2)];
}
