/**
 * Counts written in digits or words ("5", "five", "5th", "fifth", "several"), so rules such as
 * "spoke to three or more people" read "spoke to like 5 ppl" and "the fourth person" alike.
 */

const CARDINALS = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
  'sixteen seventeen eighteen nineteen twenty'
).split(' ');

const ORDINALS = (
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
  'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
).split(' ');

/** Vague quantities that, for repeat contact, mean "three or more". */
const VAGUE_MANY: Readonly<Record<string, number>> = {
  several: 3,
  multiple: 3,
  numerous: 3,
  countless: 10,
  many: 3,
  dozen: 12,
  dozens: 24,
  hundred: 100,
  hundreds: 200,
  million: 1_000_000,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundredth: 100,
  umpteen: 10,
  umpteenth: 10,
  nth: 10,
  millionth: 1_000_000,
};

interface Count {
  readonly value: number;
  readonly ordinal: boolean;
}

const WORDS = new Map<string, Count>();
CARDINALS.forEach((word, value) => WORDS.set(word, { value, ordinal: false }));
ORDINALS.forEach((word, value) => WORDS.set(word, { value, ordinal: true }));
for (const [word, value] of Object.entries(VAGUE_MANY)) {
  WORDS.set(word, { value, ordinal: word.endsWith('th') });
}

const DIGITS = /^(\d{1,6})(st|nd|rd|th|x)?$/;

/** The count a lower-case token stands for, or undefined when it is not a number. */
const parseCount = (token: string): Count | undefined => {
  const word = WORDS.get(token);
  if (word !== undefined) return word;
  const match = DIGITS.exec(token);
  // Four digits and more are years, amounts and account numbers, not how often anything happened;
  // three digits are counts only when round ("100 calls"), otherwise codes and sections ("611").
  const digits = match?.[1] ?? '';
  if (match === null || digits.length > 3) return undefined;
  if (digits.length === 3 && Number(digits) % 100 !== 0) return undefined;
  const suffix = match[2];
  // "5x" is how people write "five times"; treat it as a cardinal.
  return { value: Number(match[1]), ordinal: suffix !== undefined && suffix !== 'x' };
};

export { parseCount };
export type { Count };
