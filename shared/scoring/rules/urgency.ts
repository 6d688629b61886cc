import { family } from './rule.js';

const IMPACT_STATE =
  'down|stopped|offline|locked|blocked|broken|dead|failing|declining|green|idle|sitting|unable|' +
  'frozen|crashing|returning|erroring|rejecting|halted|twiddling|stood|=sat|unavailable';

const PAST = "=was|=were|ago|yesterday's|previous|then";
const LAST =
  'last week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'weekend|summer|winter|spring|autumn|quarter';

/**
 * Present impact: the customer is hurting right now, or has a deadline today. A slow refund, a
 * past outage or "immediately" shouted at us are not urgent on their own (see the dev guide).
 */
const URGENCY_RULES = [
  ...family('urgent', { unless: [PAST, LAST] }, [
    {
      id: 'urgent.rn',
      pattern: '=rn',
      match: [],
      noMatch: [],
    },
    {
      id: 'urgent.as-i-type',
      pattern: 'as i|we type|write|speak|talk',
      match: ["Our tills can't take card payments and it's Saturday lunchtime rush as we speak."],
      noMatch: ['Fix this or lose us as a customer.'],
    },
    {
      id: 'urgent.as-we-speak',
      pattern: 'as we speak',
      match: ["Our tills can't take card payments and it's Saturday lunchtime rush as we speak."],
      noMatch: ['Fix this or lose us as a customer.'],
    },
    {
      id: 'urgent.this-minute',
      pattern: 'this minute|second',
      match: [],
      noMatch: ['This is a disaster.'],
    },
    {
      id: 'urgent.every-minute',
      pattern: 'every minute|hour|second',
      match: ['We are losing revenue every hour.'],
      noMatch: ['Every single time we ring, a new excuse.'],
    },
    {
      id: 'urgent.by-the-minute',
      pattern: 'by the minute|hour',
      match: [],
      noMatch: ['switches a built-in phrase off by its exact text'],
    },
    {
      id: 'urgent.and-counting',
      pattern: 'and counting',
      match: ['Three weeks and counting for a refund.'],
      noMatch: ['A complete and utter disgrace.'],
    },
    {
      id: 'urgent.still-down',
      pattern: `still ~2 ${IMPACT_STATE}|can't`,
      negation: 'in-pattern',
      match: ["I've been on hold for 40 minutes and I still can't get my card unblocked."],
      noMatch: ["It's still not fixed."],
    },
    {
      id: 'urgent.since-this-time',
      pattern:
        'since ~1 this? <time>|morning|today|lunch|lunchtime|breakfast|noon|midday|midnight|dawn|opening',
      match: ["We haven't been able to dispatch a single order since 10am."],
      noMatch: ['We have been unable to trade since the update.'],
    },
    {
      id: 'urgent.since-half-past',
      pattern: 'since half|quarter ~1 past? <n1>|<time>',
      match: [],
      noMatch: [
        "Our entire sales floor has had no phone lines since half nine and we're losing deals.",
      ],
    },
    {
      id: 'urgent.within-the-hour',
      pattern: 'within the|an hour',
      match: [],
      noMatch: ['So which means banks release the money within 3-5 business days to my account.'],
    },
    {
      id: 'urgent.in-the-next',
      pattern: 'in|within the? next? ~1 <n1>|an|a|few|couple hour|minutes',
      match: ["Staff can't clock in and the night shift starts in 20 minutes."],
      noMatch: [
        "I recall one of the customer service said the transaction was canceled within 24 hours so which clearly means the products didn't get fulfilled for my customers.",
      ],
    },
    {
      id: 'urgent.due-today',
      pattern: 'due|=deadline ~2 today|tonight|tomorrow',
      match: ["We can't get any of our invoices out and payroll is due tomorrow."],
      noMatch: [
        'Terminating our agreement at the end of the notice period due to repeated delivery failures.',
      ],
    },
    {
      id: 'urgent.by-time-today',
      pattern: 'by|before ~2 <time>|noon|midday|close|lunchtime ~1 today|tonight',
      match: ['Locked out of my account and the rent has to go out before 5pm today.'],
      noMatch: ['switches a built-in phrase off by its exact text'],
    },
    {
      id: 'urgent.fixed-today',
      pattern: 'fixed|sorted|resolved|working|=paid|=pay ~2 today|tonight',
      match: [],
      noMatch: ["It's still not fixed."],
    },
    {
      id: 'urgent.standing-here',
      pattern: 'standing|sitting|stood|=stuck|=stranded|=waiting here',
      match: ["Card keeps getting declined at the till and I'm stuck here with a full trolley."],
      noMatch: ['Our whole crew has been stood idle all shift.'],
    },
    {
      id: 'urgent.standing-at-the',
      pattern:
        'standing|sitting|stood|=stuck|=stranded|=waiting at ~1 the? counter|till|gate|airport|checkout|pharmacy|desk|station|border',
      match: [
        'THE PHARMACY HAS NO ACCESS TO PRESCRIPTIONS AND WE HAVE PATIENTS WAITING AT THE COUNTER',
      ],
      noMatch: ['Our whole crew has been stood idle all shift.'],
    },
    {
      id: 'urgent.stranded',
      pattern: '=stranded',
      match: [],
      noMatch: ['The hotel lost our booking and we were left stranded at midnight with two kids.'],
    },
    {
      id: 'urgent.emergency',
      pattern: 'emergency',
      match: ['XX/XX/XXXX my neighbor had a plumbing emergency and had a plumbing company over.'],
      noMatch: [],
    },
    {
      id: 'urgent.meanwhile',
      pattern: 'meanwhile',
      match: [],
      noMatch: [],
    },
    {
      id: 'urgent.currently-down',
      pattern: "currently ~3 down|offline|unable|can't|losing|stuck|blocked",
      negation: 'in-pattern',
      match: [],
      noMatch: ["We've decided not to continue with your service once the current term ends."],
    },
  ]),
  ...family(
    'urgent',
    {
      requires: IMPACT_STATE,
      unless: [PAST, LAST],
    },
    [
      {
        id: 'urgent.for-n1-hours',
        pattern: 'for|past|last|been ~2 <n1>|few|couple|several|an|hour ~1 hours|minutes',
        match: [
          "Our phones have been dead for the last three hours and patients can't reach the surgery.",
        ],
        noMatch: ["We've had a queue of guests at reception for forty minutes."],
      },
      // "stopped at 6 this morning": an outage that began today and nobody says ended.
      {
        id: 'urgent.this-morning',
        pattern: 'this morning|afternoon',
        match: ['Warehouse scanners stopped this morning, nothing is moving.'],
        noMatch: ['Reported you to Trading Standards this morning.'],
      },
      {
        id: 'urgent.at-the-moment',
        pattern: 'at the moment|present',
        match: ['The gateway is down at the moment and we cannot take payments.'],
        noMatch: [
          'We cannot process any refunds for our customers at the moment because your API keeps timing out.',
        ],
      },
      {
        id: 'urgent.has-ground-to',
        pattern: 'has|have|=is|=are ~1 ground|grinding|come to a? halt|standstill',
        match: ['Our line has ground to a halt.'],
        noMatch: ['is urgent: "%s"'],
      },
      {
        id: 'urgent.all-morning',
        pattern: 'all ~1 morning|afternoon|day|night|shift',
        match: ['Our whole crew has been stood idle all shift.'],
        noMatch: ["The site's been crawling all day and half our customers can't check out."],
      },
      {
        id: 'urgent.ongoing',
        pattern: 'ongoing',
        match: [],
        noMatch: ['Is there someone senior I can speak with about this ongoing billing mess?'],
      },
    ],
  ),
  // "I want to talk to your manager right now" is impatience, not impact.
  ...family(
    'urgent',
    {
      unless: [PAST, LAST, 'talk|speak|manager|supervisor|someone|call ~6 right now'],
    },
    [
      {
        id: 'urgent.right-now',
        pattern: 'right now',
        match: ["We're getting flooded with complaints right now."],
        noMatch: ['And I want to talk to your manager right now.'],
      },
    ],
  ),
  // A vulnerable customer who has lost a supply their health depends on cannot wait.
  ...family(
    'urgent',
    {
      requires: 'without|=no|=off|=cut|outage|down|=lost',
      unless: [PAST, LAST],
    },
    [
      {
        id: 'urgent.insulin',
        pattern: 'insulin|oxygen|dialysis|ventilator|nebuliser|nebulizer|medication|newborn',
        match: ['Disgraceful: no power since Sunday and my mum is on oxygen.'],
        noMatch: ['My fridge is full of insulin.'],
      },
    ],
  ),
  ...family('calm', {}, [
    {
      id: 'calm.not-urgent',
      pattern: 'not urgent',
      negation: 'in-pattern',
      match: ['opens a case but is not urgent: "%s"'],
      noMatch: ['We are not renewing.'],
    },
    {
      id: 'calm.no-rush',
      pattern: 'no rush|hurry',
      negation: 'in-pattern',
      match: [],
      noMatch: ["No, you can't."],
    },
    {
      id: 'calm.whenever-you',
      pattern: 'whenever you|convenient',
      match: [],
      noMatch: [
        'THIS XXXX AND FRAUDULENT EXPERIAN WITH THEIR FALSE ADVERTISEMENT IS THE ONLY THUGS THAT REFUSES TO ADDRESS ME AS XXXX OR ACCEPT MY LEGAL NAME AS XXXX XXXX AND IT IS CONFUSING WHENEVER I TRY TO APPLY FOR CREDIT.',
      ],
    },
    {
      id: 'calm.in-your-own',
      pattern: 'in your own time',
      match: [],
      noMatch: ['Find me somebody in charge.'],
    },
    {
      id: 'calm.when-you-get',
      pattern: 'when you get a chance',
      match: [],
      noMatch: ['We will not be renewing when the contract is up.'],
    },
  ]),
  ...family('resolved', {}, [
    {
      id: 'resolved.back-up-now',
      pattern: 'back up|online ~2 now|again',
      match: [],
      noMatch: ["I'd also like a manager to call me back about it."],
    },
    {
      id: 'resolved.working-again',
      pattern: '=working again|now',
      match: ["Engineer's been and gone, line is working again and the chap was great."],
      noMatch: ['the website is sooo slow lol but it works'],
    },
    {
      id: 'resolved.sorted-now',
      pattern: '=sorted|=fixed|=resolved ~1 now|itself',
      match: [
        "Got passed between three departments but everyone was lovely and it's fixed now, thank you.",
      ],
      noMatch: ["It's still not fixed."],
    },
    {
      id: 'resolved.all-good-now',
      pattern: 'all good now',
      match: [],
      noMatch: ['All good, thanks.'],
    },
    {
      id: 'resolved.had-us-back',
      pattern: '=had|=got us|it|everything|things back up|online|running',
      match: [
        'Fair play, the engineer came out at midnight when our servers went down and had us back up by 2.',
      ],
      noMatch: ["Right, I've had it with you."],
    },
    {
      id: 'resolved.all-fixed',
      pattern: "=all|=it's|=everything fixed|sorted|resolved",
      match: ['No need to escalate, all fixed.'],
      noMatch: ['All good, thanks.'],
    },
  ]),
  ...family('mistake', {}, [
    {
      id: 'mistake.by-accident',
      pattern: 'by accident|mistake',
      match: [],
      noMatch: ['switches a built-in phrase off by its exact text'],
    },
    {
      id: 'mistake.accidentally',
      pattern: 'accidentally|=accidently',
      match: ['The bank-XXXX put accidentally a stop payment on 100 of my checks not 10.'],
      noMatch: [
        "According to XXXX, I owe this money to the insurance company USAA due to a traffic accident, but they haven't been able to provide an explanation of where this amount comes from.",
      ],
    },
    {
      id: 'mistake.misclick',
      pattern: 'misclick|=mis',
      match: [],
      noMatch: [],
    },
    {
      id: 'mistake.wrong-button',
      pattern: 'wrong button|score|rating|number|end',
      match: [
        'So, if that is true, Credit Karma is showing the wrong score and I fear they are doing so to get me to take out more credit cards.',
      ],
      noMatch: ["If it ever went wrong I'd ask for a manager, but it never has."],
    },
    {
      id: 'mistake.meant-to-give',
      pattern: 'meant to ~2 give|click|put|select|press|rate|pick',
      match: ['oops, meant to pick 10'],
      noMatch: [
        "Back in June your API outage meant our drivers couldn't scan parcels for a whole afternoon.",
      ],
    },
    {
      id: 'mistake.should-be-n1',
      pattern: 'should|=supposed ~2 be|been|say|read <n1>',
      match: [
        "If the initial loan was {$12000.00} and they sold the vehicle for {$9500.00} at the very least my balance should be {$3200.00} ; however the payments I've made should be factored in the balance as well.",
      ],
      noMatch: ['I believe PNC should do the same.'],
    },
    {
      id: 'mistake.ignore-the-score',
      pattern: 'ignore (the|my)? score|rating|number',
      match: [],
      noMatch: ['i asked for a manger three times on chat and they just ignored me'],
    },
    {
      id: 'mistake.10-out-of',
      pattern: '=10 out (of|outta)? =10',
      match: [],
      noMatch: [],
    },
    {
      id: 'mistake.five-stars',
      pattern: 'five|=5 stars',
      match: [],
      noMatch: [
        "the only reason it didn't get 5 stars is because it snagged fairly quickly after i put it on the first time.",
      ],
    },
    {
      id: 'mistake.scale-wrong',
      pattern: 'scale ~3 wrong|backwards|confusing|misread',
      match: [],
      noMatch: ['), rating: { value: 0, scale:'],
    },
  ]),
];

export { URGENCY_RULES };
