/**
 * Text from a webhook or an advocate, made safe to show as plain text: in a terminal, an e-mail
 * body, an SMS or an e-mail subject. Forms with markup (HTML, chat, Markdown, CSV) escape what
 * their markup reads on top of this.
 */

// Characters that reorder or hide the text around them without showing themselves: the bidi
// embeddings, overrides and isolates (U+202E turns the rest of a line round), the bidi marks,
// the zero-width space and the byte-order mark. The zero-width joiner stays: emoji need it.
const HIDDEN_CHARACTERS = '\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF';
const HIDDEN = new RegExp(`[${HIDDEN_CHARACTERS}]`, 'g');

/**
 * Half a surrogate pair, which a JSON escape (`"\ud83d"`) can carry: no character, and the AWS
 * SDK's form encoding of an SNS subject throws on it. With the `u` flag only unpaired halves
 * match.
 */
const LONE_SURROGATE = /\p{Cs}/gu;

/** Replaces each unpaired surrogate with U+FFFD, as a UTF-8 decoder does with a broken byte. */
const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/**
 * One line of visible text: no line breaks, no control characters (ESC sequences, BEL, C1), no
 * characters that reorder or hide text, no half surrogate pairs; runs of white space are one
 * space.
 */
const oneLine = (text: string): string =>
  wellFormed(text)
    .replace(HIDDEN, '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Made on first use: building ICU's segmenter takes about 20 ms, which every command line run
// and cold start that imports this module (for oneLine) would otherwise pay.
let graphemes: Intl.Segmenter | undefined;

/**
 * Cuts text to at most `max` UTF-16 code units (what JavaScript and the services' length limits
 * count), marking the cut with an ellipsis. It cuts between grapheme clusters, so an emoji, a
 * flag or an accented letter is kept whole or dropped whole, never left as half a surrogate pair.
 */
const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  let kept = '';
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
};

// What JSON.stringify leaves as it is but a terminal acts on or hides: DEL and the C1 controls
// (U+009B starts an escape sequence in some terminals), the hidden characters above and the
// line and paragraph separators. It escapes the C0 controls (ESC included) itself.
const UNSHOWN_IN_JSON = new RegExp(`[\u007F-\u009F\u2028\u2029${HIDDEN_CHARACTERS}]`, 'g');

/** A UTF-16 code unit as a JSON `\\u` escape, which parses back to the same unit. */
const unicodeEscape = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * JSON text for a terminal or a file someone may print: the same value as JSON.stringify's,
 * with every character that could drive or hide part of the terminal written as a `\u` escape.
 */
const jsonText = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(UNSHOWN_IN_JSON, (character) =>
    unicodeEscape(character.charCodeAt(0)),
  );

/** A value a client sent, quoted for an error message: one line, at most 40 characters. */
const shown = (value: string): string => `"${clip(oneLine(value), 40)}"`;

export { clip, jsonText, oneLine, shown, unicodeEscape, wellFormed };
