import { oneLine } from '../plain-text.js';

/** U+2060 WORD JOINER: invisible, and no longer part of a `@name` token. */
const WORD_JOINER = '\u2060';

/**
 * Look-alikes for the characters that carry markup in Slack mrkdwn or Teams markdown. One
 * custom notification is rendered in both, and their escapes differ (Slack wants HTML entities,
 * Teams backslashes, and each shows the other's escape literally), so customer text gets a
 * character that reads the same to a person and means nothing to either renderer.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '<': '‹', // Slack's <!channel>, <@U123>, <#C123>, <http://x|label>; Teams' <at> tags
  '>': '›', // the other half, and a block quote at the start of a line
  '&': '＆', // an entity such as &lt; that a renderer would decode
  '*': '∗', // bold
  _: 'ˍ', // italics
  '~': '∼', // strike-through
  '`': 'ˋ', // code
  '[': '［', // a markdown link [label](http://x)
  ']': '］',
  '#': '＃', // a heading at the start of a line
};
const MARKUP = /[<>&*_~`[\]#]/g;

/**
 * Customer text (names, e-mail addresses, quoted words) made inert for chat: on one line,
 * markup characters replaced by look-alikes, and every `@` followed by a word joiner so that
 * `@here`, `@channel` or `@someone` reads the same but mentions nobody.
 *
 * @example chatText('<!channel> *now*') // '‹!channel› ∗now∗'
 */
const chatText = (text: string): string =>
  oneLine(text)
    .replace(MARKUP, (character) => LOOK_ALIKES[character] ?? character)
    .replace(/@/g, `@${WORD_JOINER}`);

export { chatText };
