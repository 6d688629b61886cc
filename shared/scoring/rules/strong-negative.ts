import { family } from './rule.js';

// Strong on their own, as the guide lists them; "a joke" and "a disaster" need their article so
// "disaster recovery" and "joke" in jest stay out.
const STRONG =
  'worst|unacceptable|disgusted|disgrace|furious|fuming|livid|appalling|' +
  'appallingly|pathetic|shambles|shambolic|abysmal|atrocious|horrendous|horrific|' +
  'outrageous|scandalous|diabolical|deplorable|despicable|inexcusable|unforgivable|' +
  'incompetent|woeful|laughable|disastrous|fiasco|farce|travesty|nightmare|' +
  'nightmarish|contempt|insulting|unprofessional|criminal|sickening|seething|' +
  'infuriating|enraged|apoplectic|shameful|shocking';

// Everyday strong-ish words count only when intensified, shouted or exclaimed.
const INTENSIFIABLE =
  'ridiculous|useless|rubbish|hopeless|poor|bad|angry|upset|' +
  'disappointed|frustrated|annoyed|mad|crap|garbage|trash|joke|' +
  'disaster|mess|insane|clowns';

// "the worst thing I can say is the icon" or "furious I didn't switch sooner" is praise.
const TRIVIAL = [
  'worst|only ~1 thing|part|complaint|gripe|criticism ~3 say|complain|mention|fault',
  'only complaint|gripe|niggle|criticism|downside',
  "didn't|hadn't|never|not ~4 sooner|earlier|ago|before",
];

/** Intense evaluative language about the service or experience. */
const STRONG_NEGATIVE_RULES = [
  ...family(
    'strong_negative',
    {
      unless: [...TRIVIAL, 'worst case|weather|traffic|storm'],
    },
    [
      {
        id: 'strong.worst',
        pattern: STRONG,
        match: ['My fridge is full of insulin.'],
        noMatch: ['Not the worst, just slow.'],
      },
      {
        id: 'strong.a-joke',
        pattern: 'a|an|total|complete|absolute|utter joke|disaster|con|scam',
        match: ['This is a disaster.'],
        noMatch: ['It was not a disaster at all.'],
      },
      {
        id: 'strong.beyond-a-joke',
        pattern: 'beyond a joke',
        match: [],
        noMatch: [
          "Honestly can't fault the team, they went above and beyond when our hub went offline in spring.",
        ],
      },
      {
        id: 'strong.rip-off',
        pattern: 'rip off',
        match: ['I feel that I am being ripped off by this company.'],
        noMatch: ['They have tried to rip me off so many times.'],
      },
      {
        id: 'strong.ripoff',
        pattern: 'ripoff',
        match: [],
        noMatch: [],
      },
      {
        id: 'strong.daylight-robbery',
        pattern: 'daylight robbery',
        match: [],
        noMatch: [
          'You may contact me on at XXXX XXXX during regular business hours of XXXX XXXX and XXXX XXXX Eastern Standard/Daylight time.',
        ],
      },
      {
        id: 'strong.never-been-so',
        pattern: 'never been so|more ~3 disappointed|angry|insulted|let down',
        negation: 'in-pattern',
        match: [],
        noMatch: ['Never mind, found it.'],
      },
      {
        id: 'strong.sick-to-death',
        pattern: 'sick to death',
        match: [],
        noMatch: ['Sick and tired of chasing you lot.'],
      },
      {
        id: 'strong.how-dare-you',
        pattern: 'how dare you',
        match: [],
        noMatch: ["I've lost count of how many times I've emailed."],
      },
    ],
  ),
  // Strong enough on their own about a service, but also everyday words for the weather.
  ...family(
    'strong_negative',
    {
      unless: [...TRIVIAL, 'weather|traffic|storm|rain|snow|wind|flu|cold|headache'],
    },
    [
      {
        id: 'strong.terrible',
        pattern: 'terrible|awful|horrible|dreadful|horrid|horrendous',
        match: ['Terrible service from start to finish.'],
        noMatch: ['The weather was terrible but the hotel was fine.'],
      },
    ],
  ),
  ...family(
    'strong_negative',
    {
      intense: true,
      unless: TRIVIAL,
    },
    [
      {
        id: 'strong.ridiculous',
        pattern: INTENSIFIABLE,
        match: ['i am so disappointed.'],
        noMatch: ['This is a disaster.'],
      },
    ],
  ),
  ...family('exasperated', {}, [
    {
      id: 'exasperated.sick-of',
      pattern: 'sick|tired|fed ~2 of|up',
      match: ['Sick and tired of chasing you lot.'],
      noMatch: [
        'I also tired to make arrangements with the Towing company XXXX XXXX in XXXX texas to retrieve any personal items from the car and was told they were closed and to call back the next day.',
      ],
    },
    {
      id: 'exasperated.had-enough',
      pattern: 'had enough',
      match: ['At the time, I had enough money to cover the transaction.'],
      noMatch: ["Right, I've had it with you."],
    },
    {
      id: 'exasperated.enough-is-enough',
      pattern: 'enough is enough',
      match: ['ENOUGH IS ENOUGH.'],
      noMatch: ["it's merely smooth enough."],
    },
    {
      id: 'exasperated.still-no',
      pattern: 'still no|not',
      negation: 'in-pattern',
      match: ["It's still not fixed."],
      noMatch: ["My router still won't connect."],
    },
    {
      id: 'exasperated.last-straw',
      pattern: 'last straw',
      match: [],
      noMatch: ['This will be our last year with you.'],
    },
    {
      id: 'exasperated.final-warning',
      pattern: 'final warning',
      match: [],
      noMatch: ["We've been a customer for 10 years but this is the final straw, we're leaving."],
    },
    {
      id: 'exasperated.no-one-cares',
      pattern: 'no one|nobody ~2 cares|helps|calls|answers|replies|knew|knows',
      negation: 'in-pattern',
      match: [
        'Assuming no one cares either way, block the noteworthy of any information in my credit record that came about due to an alleged fraud or extortion.',
      ],
      noMatch: ["No, you can't."],
    },
    {
      id: 'exasperated.waste-time',
      pattern: 'waste ~2 time|hours|days',
      match: [
        "I've wasted hours on hold, spoken to five different advisers and I'm still no closer to a resolution.",
      ],
      noMatch: ['They also owe me for the time I have wasted dealing with this nonsense.'],
    },
  ]),
];

export { STRONG_NEGATIVE_RULES };
