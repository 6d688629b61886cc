import { emojiEmotion } from 'emoji-emotion';
import { emoticon } from 'emoticon';

/**
 * Emoji and ASCII emoticons as words with a valence: emoji-emotion rates emoji from -5 to +5
 * (as AFINN rates words), and emoticon maps ":(" or ">:-(" to the emoji it stands for.
 */
const stripVariation = (symbol: string): string => symbol.replace(/\uFE0F/g, '');

const SYMBOL_VALENCE: ReadonlyMap<string, number> = (() => {
  const valence = new Map<string, number>();
  for (const { emoji, polarity } of emojiEmotion) valence.set(stripVariation(emoji), polarity);
  for (const { emoji, emoticons } of emoticon) {
    const polarity = valence.get(stripVariation(emoji));
    if (polarity === undefined) continue;
    for (const ascii of emoticons) valence.set(ascii.toLowerCase(), polarity);
  }
  return valence;
})();

/** Every ASCII emoticon, longest first per first character, for the tokenizer's scan. */
const EMOTICONS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const { emoticons } of emoticon) {
    for (const ascii of emoticons) {
      const first = ascii.charCodeAt(0);
      // Emoticons that start with a letter or digit ("D:", "8)") read as words too often.
      if (/[\p{L}\p{N}]/u.test(ascii.charAt(0))) continue;
      const list = byFirst.get(first) ?? [];
      list.push(ascii);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** The valence of an emoji or emoticon (lower-cased), undefined when it is neither. */
const symbolValence = (symbol: string): number | undefined =>
  SYMBOL_VALENCE.get(stripVariation(symbol));

export { EMOTICONS_BY_FIRST, symbolValence };
