/**
 * What Russian and Ukrainian names decline alike: an adjective phrase
 * ("Международная космическая станция", "Міжнародна космічна станція"), whose
 * leading adjectives and the noun they lead take the adjectives' gender and
 * case together. Each language brings its own endings (russian.ts,
 * ukrainian.ts); the walk over the phrase is this one.
 */

export type Gender = 'masculine' | 'feminine' | 'neuter';

/** A language's endings, as the phrase walk needs them; `Forms` is its table of a word's oblique cases. */
export interface PhraseGrammar<Forms> {
  /** Words that do not decline (Latin script, digits, acronyms), and end the phrase. */
  isForeign(word: string): boolean;
  /** A nominative adjective and its gender, read from its ending; null when the word is none. */
  adjectiveGender(word: string): Gender | null;
  declineAdjective(word: string, gender: Gender): Forms;
  /** A noun's forms in that gender, or null when the noun does not decline. */
  declineNoun(word: string, gender: Gender): Forms | null;
}

/**
 * The declined words of a phrase that opens with adjectives of `gender`: each
 * leading adjective, then the noun they lead, by word index; the words after
 * that noun stay as they are ("космодром … России"). Null when the head noun
 * is missing, foreign, or does not decline: then the phrase gets no forms.
 */
export function declineAdjectivePhrase<Forms>(
  words: readonly string[],
  gender: Gender,
  grammar: PhraseGrammar<Forms>,
): Map<number, Forms> | null {
  const declined = new Map<number, Forms>();
  let index = 0;
  while (
    index < words.length &&
    !grammar.isForeign(words[index]!) &&
    grammar.adjectiveGender(words[index]!) === gender
  ) {
    declined.set(index, grammar.declineAdjective(words[index]!, gender));
    index += 1;
  }
  const head = words[index];
  const forms = head && !grammar.isForeign(head) ? grammar.declineNoun(head, gender) : null;
  if (!forms) return null;
  declined.set(index, forms);
  return declined;
}
