import { rules } from './rule.js';

// Strong on their own, as the guide lists them; "a joke" and "a disaster" need their article so
// "disaster recovery" and "joke" in jest stay out.
const STRONG =
  'worst|unacceptable|disgusted|disgusting|disgrace|disgraceful|furious|fuming|livid|appalling|' +
  'appalled|appallingly|pathetic|shambles|shambolic|abysmal|atrocious|horrendous|horrific|' +
  'outrageous|outraged|scandalous|diabolical|deplorable|despicable|inexcusable|unforgivable|' +
  'incompetent|incompetence|woeful|laughable|disastrous|fiasco|farce|travesty|nightmare|' +
  'nightmarish|contempt|contemptible|insulting|unprofessional|criminal|sickening|seething|' +
  'infuriating|infuriated|enraged|apoplectic|shameful|shocking';

// Everyday strong-ish words count only when intensified, shouted or exclaimed.
const INTENSIFIABLE =
  'ridiculous|useless|rubbish|hopeless|poor|bad|angry|upset|' +
  'disappointed|disappointing|frustrated|frustrating|annoyed|mad|crap|garbage|trash|joke|' +
  'disaster|mess|insane|clowns';

// "the worst thing I can say is the icon" or "furious I didn't switch sooner" is praise.
const TRIVIAL = [
  'worst|only ~1 thing|part|complaint|gripe|criticism ~3 say|complain|mention|fault',
  'only complaint|gripe|niggle|criticism|downside',
  "didn't|hadn't|never|not ~4 sooner|earlier|ago|before",
];

/** Intense evaluative language about the service or experience. */
const STRONG_NEGATIVE_RULES = [
  ...rules(
    'strong_negative',
    [
      STRONG,
      'a|an|total|complete|absolute|utter joke|disaster|con|scam',
      'beyond a joke',
      'rip off',
      'ripoff',
      'daylight robbery',
      'never been so|more ~3 disappointed|angry|insulted|let down',
      'sick to death',
      'how dare you',
    ],
    {
      unless: [...TRIVIAL, 'worst case|weather|traffic|storm'],
    },
  ),
  // Strong enough on their own about a service, but also everyday words for the weather.
  ...rules('strong_negative', ['terrible|awful|horrible|dreadful|horrid|horrendous'], {
    unless: [...TRIVIAL, 'weather|traffic|storm|rain|snow|wind|flu|cold|headache'],
  }),
  ...rules('strong_negative', [INTENSIFIABLE], {
    intense: true,
    unless: TRIVIAL,
  }),
  ...rules('exasperated', [
    'sick|tired|fed ~2 of|up',
    'had enough',
    'enough is enough',
    'still no|not',
    'last straw',
    'final warning',
    'no one|nobody ~2 cares|care|helps|help|calls|answers|replies|knew|knows',
    'waste|wasted|wasting ~2 time|hours|days',
  ]),
];

export { STRONG_NEGATIVE_RULES };
