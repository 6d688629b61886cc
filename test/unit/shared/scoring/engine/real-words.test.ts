import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REAL_WORDS } from '../../../../../shared/scoring/engine/real-words.js';
import { createStemmer, porter } from '../../../../../shared/scoring/engine/word-table.js';
import { keywordsOfRules } from '../../../../../shared/scoring/rule-set.js';
import { BUILT_IN_RULES } from '../../../../../shared/scoring/rules/index.js';

// natural's English POS lexicon: about 93,000 words, some of them common misspellings.
const LEXICON = Object.keys(
  createRequire(import.meta.url)(
    'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
  ) as Record<string, unknown>,
);

/**
 * Entries of that lexicon that the typo matcher may read as the keyword it finds near them:
 * misspellings and informal spellings of it or of its plural ("talkin" is "talking"), and the
 * adverbs and nouns that mean it ("previously" is "previous", "reportedly" is "reported",
 * "predators" is "predatory").
 */
const READ_AS_THE_KEYWORD = new Set(
  (
    'againt agreeement appearin avaliable bankrupcy bascially beefore believeth betwen beween ' +
    'bewteen brooken callin cattaloe chargin checkin committes commmuter compleated confusin ' +
    'congressmen congressonal congresssional considerin continously converage countin countrey ' +
    'critcism delivre disppointed droped elswehere endeavour endeavours endevor evenutally ' +
    'excutives execuitive exeuctive fightin finanicial followup furiouser gentlemen gettin ' +
    'governmemt hangin househld interst laborer laborers leavin lettin liabilty loadin locatin ' +
    'maintainence marketin meetin nothin numenous oerations poeple princpal probaby probly ' +
    'producin provdied purhasing referrin repond requsting restuarant runnin salesmen ' +
    'salesparson scedule securites securitiess seekin sevices shouldda similiar slighty sligthly ' +
    'speakin standin startin stealin talkin travelin vistors waitin walkin workin yesteday yeterday ' +
    'absurdly callously continuingly contradictorily correctly flatteringly formerly gorgeously ' +
    'humiliatingly increasingly obviously pleadingly previously regularly reportedly seriously ' +
    'similarly statutorily supposedly unhelpfully dishonesty predator predators schemers swindlers'
  ).split(' '),
);

describe('the real words near a keyword', () => {
  it('are exactly the lexicon words the built-in keywords would read as typos, less misspellings and adverbs', () => {
    // Prepare: the typo matcher as the detector builds it, with no word protected.
    const stem = createStemmer(keywordsOfRules(BUILT_IN_RULES), new Set());

    // Act
    const captured = LEXICON.filter((word) => /^[a-z]+$/.test(word) && stem(word) !== porter(word));

    // Assess: a word a new keyword captures is named here, to be listed in REAL_WORDS (a word of
    // its own) or in READ_AS_THE_KEYWORD (a misspelling or an adverb of that keyword); a listed word no
    // keyword captures any more is named too.
    const unlisted = captured.filter(
      (word) => !REAL_WORDS.has(word) && !READ_AS_THE_KEYWORD.has(word),
    );
    const capturedSet = new Set(captured);
    const stale = [...REAL_WORDS, ...READ_AS_THE_KEYWORD].filter((word) => !capturedSet.has(word));
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it('keep their own meaning in a detector', () => {
    const stem = createStemmer(keywordsOfRules(BUILT_IN_RULES));
    expect(stem('playing')).toBe(porter('playing'));
    expect(stem('talkin')).toBe(porter('talking'));
  });
});
