import { family } from './rule.js';

const IMPACT_STATE =
  'down|stopped|offline|locked|blocked|broken|dead|failing|declining|green|idle|sitting|unable|' +
  'frozen|crashing|returning|erroring|rejecting|halted|twiddling|stood|=sat|unavailable';

const PAST = "=was|=were|ago|yesterday's|previous|then";
const LAST =
  'last week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'weekend|summer|winter|spring|autumn|quarter';

// The customer's own finances ("I currently can't pay anything else", "stuck in a title loan",
// "a loan I took out for an emergency") are their situation, not something failing right now.
const OWN_FINANCES = ['afford|loan|debt', "can't|=not pay"];

/**
 * Present impact: the customer is hurting right now, or has a deadline today. A slow refund, a
 * past outage or "immediately" shouted at us are not urgent on their own: engaging someone
 * right now must be able to change what happens.
 */
const URGENCY_RULES = [
  ...family('urgent', { unless: [PAST, LAST] }, [
    {
      id: 'urgent.rn',
      pattern: '=rn',
      match: ['Card declined at the till rn, help.'],
      noMatch: ['not urgent rn, whenever is fine'],
    },
    {
      id: 'urgent.as-i-type',
      pattern: 'as i|we type|write|speak|talk',
      match: ["Our tills can't take card payments and it's Saturday lunchtime rush as we speak."],
      noMatch: ['As I wrote last week, the invoice is wrong.'],
    },
    {
      id: 'urgent.as-we-speak',
      pattern: 'as we speak',
      match: ["Our tills can't take card payments and it's Saturday lunchtime rush as we speak."],
      noMatch: ['As we discussed last week, please update the address.'],
    },
    {
      id: 'urgent.this-minute',
      pattern: 'this minute|second',
      // "this second loan", "this second transaction": the second of something, not a moment.
      unless:
        'second loan|line|transaction|payment|account|card|one|order|item|charge|time|request|letter|dispute|complaint|call|attempt|notice|mortgage|purchase|hand|half',
      match: ['I need this fixed this minute.'],
      noMatch: [
        'Give me a minute to find the order number.',
        'I never had visibility into this second line of credit.',
      ],
    },
    {
      id: 'urgent.every-minute',
      pattern: 'every minute|hour|second',
      match: ['We are losing revenue every hour.'],
      noMatch: [
        'Every single time we ring, a new excuse.',
        'It cost us sales every hour last Tuesday.',
      ],
    },
    {
      id: 'urgent.by-the-minute',
      pattern: 'by the minute|hour',
      match: ['Getting worse by the minute.'],
      noMatch: ["We were losing money by the hour yesterday but it's fine now."],
    },
    {
      id: 'urgent.and-counting',
      pattern: 'and counting',
      match: ['Three weeks and counting for a refund.'],
      noMatch: ['Three weeks and counting was how long it took last year.'],
    },
    {
      id: 'urgent.still-down',
      pattern: `still ~2 ${IMPACT_STATE}|can't`,
      negation: 'in-pattern',
      // Still unable to qualify for financing, secure housing or get a resolution tells of a
      // complaint's aftermath, not of something down now.
      unless: 'qualify|secure|resolution|financing|housing',
      match: ["I've been on hold for 40 minutes and I still can't get my card unblocked."],
      noMatch: [
        "It's still not fixed.",
        'My score dropped and I am still unable to qualify for necessary financing.',
      ],
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
      match: [
        "Nothing's worked since half past eight.",
        "Internet's been off since quarter past 7.",
      ],
      noMatch: ['Things have been calm since half the team moved offices.'],
    },
    {
      id: 'urgent.within-the-hour',
      pattern: 'within the|an hour',
      match: ['We need this back within the hour or we lose the contract.'],
      noMatch: ['Last time you fixed it within the hour, great service.'],
    },
    {
      id: 'urgent.in-the-next',
      pattern: 'in|within the? next? ~1 <n1>|an|a|few|couple hour|minutes',
      // A booking rule's window ("a full refund if cancelled within 24 hours") is no deadline.
      // Nor is an answer promised within hours ("they would call me within 24 hours").
      unless: [
        '=policy|=window|=booking|=booked|=departure',
        'check ~1 in',
        'call|contact|email|text|ring|reach ~1 me|us|back|out',
        'expect|=promised|=told',
        'be in touch',
      ],
      match: [
        "Staff can't clock in and the night shift starts in 20 minutes.",
        'Our call centre opens in 20 minutes and every phone line is dead.',
      ],
      noMatch: [
        'Last month you said in the next few hours and it took days.',
        'The policy is a full refund if you cancel within 24 hours of booking.',
        'I was told someone would contact me within 48 hours.',
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
      noMatch: ['Was meant to be here by noon today but it came early, thanks.'],
    },
    {
      // A deadline today said as an obligation: "the bank file has to be in by 2pm".
      id: 'urgent.has-to-be-by',
      pattern: '=has|=have|=must|=needs ~5 by|before <time>|noon|midday|lunchtime',
      match: ['Wages have to leave our account by 3pm and the transfer is stuck.'],
      noMatch: ['I had to have it back by 5pm last Friday, and I did.'],
    },
    {
      id: 'urgent.runs-out-today',
      pattern: 'run out ~2 today|tonight|tomorrow',
      match: ['My last insulin pen runs out tonight.'],
      noMatch: ['The offer runs until tomorrow.'],
    },
    {
      id: 'urgent.fixed-today',
      pattern: 'fixed|sorted|resolved|working|=paid|=pay ~2 today|tonight',
      match: ['I need this fixed today.'],
      noMatch: ["It's still not fixed.", 'It was fixed today, thanks!'],
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
      // Luggage stranded somewhere is a delay, not a customer stuck.
      unless: 'bag|baggage|luggage|suitcase|parcel|package|shipment',
      match: ["I'm stranded at the airport with no way to pay."],
      noMatch: [
        'The hotel lost our booking and we were left stranded at midnight with two kids.',
        'Our baggage has been stranded in Dubai for five days.',
      ],
    },
    {
      id: 'urgent.emergency',
      pattern: 'emergency',
      // A thing named for emergencies ("the emergency exit row") is not one happening, and the
      // customer's own ("a family emergency", "a dental emergency", "emergency bankruptcies") is
      // not the service failing them.
      unless: [
        'emergency exit|landing|row|seat|contact|number|services|room|kit|fund|brake|lighting|procedure',
        'family|dental|plumbing|bankruptcy|restraining|purposes|expense|surgery',
        // Nor is one a loan was taken out for ("a financial emergency", "for emergency needs").
        'financial|needs|purchase|act|loan',
        'for an|a emergency',
      ],
      match: ["This is an emergency, my mum's alarm line is dead."],
      noMatch: [
        'Not an emergency, just let me know when you can.',
        'I booked an emergency exit row seat by the window.',
        'I needed the loan for a short term dental emergency.',
        'I only went to them for an emergency.',
      ],
    },
    {
      id: 'urgent.meanwhile',
      pattern: 'meanwhile',
      // A narrative's "meanwhile, I was paying both mortgages" or "meanwhile my credit is
      // trashed" tells what happened alongside, not of something failing now: "meanwhile" is a
      // clause of its own, so the family's past-tense words and these are looked for in the
      // whole sentence.
      unless: '=had|credit|score',
      unlessScope: 'sentence',
      match: ["Meanwhile we still can't take payments."],
      noMatch: [
        'Meanwhile the old router was fine.',
        'Meanwhile, I was paying both mortgages along with the bills.',
      ],
    },
    {
      id: 'urgent.currently-down',
      pattern: "currently ~3 down|offline|unable|can't|losing|blocked",
      negation: 'in-pattern',
      unless: OWN_FINANCES,
      match: ['We are currently unable to take bookings.'],
      noMatch: [
        "We've decided not to continue with your service once the current term ends.",
        'Not currently down, it came back.',
        "I currently can't pay anything else.",
      ],
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
        noMatch: ['Things have never ground to a halt with you, great uptime.'],
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
        match: ['The outage is ongoing and our tills are down.'],
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
        // What the customer can't pay right now, or rates high right now, is no outage.
        // Nor are high rates or health "right now", or the lender Right Now Loans.
        unless: [...OWN_FINANCES, 'rate|interest|seems|health'],
        match: ["We're getting flooded with complaints right now."],
        noMatch: [
          'And I want to talk to your manager right now.',
          'Being a single mom I can not pay $1200 right now.',
        ],
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
      match: ['Not urgent, whenever you get a chance.'],
      noMatch: ['This is urgent, please call now.'],
    },
    {
      // "Third time I've emailed, but no complaint, I know you're busy."
      id: 'calm.no-complaint',
      pattern: "no|not|=isn't|=wasn't ~2 complaint|criticism|moan|complain",
      negation: 'in-pattern',
      match: [
        'Not a criticism, just checking the refund went through.',
        "I'm not complaining, I know you are short-staffed.",
      ],
      noMatch: ['My complaint is that nobody has called me back.'],
    },
    {
      id: 'calm.no-rush',
      pattern: 'no rush|hurry',
      negation: 'in-pattern',
      match: ['No rush, whenever suits.'],
      noMatch: ['Please hurry, we need it today.'],
    },
    {
      id: 'calm.whenever-you',
      pattern: 'whenever you|convenient',
      // "it will do you right whenever you need it", "the sheen whenever you move" describe a product.
      unless: 'need|move|want|wear|wash',
      match: ['Call me back whenever you can.'],
      noMatch: [
        'Whenever I call, nobody answers.',
        'It will do you right whenever you need it to!',
      ],
    },
    {
      id: 'calm.in-your-own',
      pattern: 'in your own time',
      match: ['Have a look in your own time, no stress.'],
      noMatch: ['Not in your own time, we need this today.'],
    },
    {
      id: 'calm.when-you-get',
      pattern: 'when you get a chance',
      match: ['Reply when you get a chance, thanks.'],
      noMatch: [
        'We will not be renewing when the contract is up.',
        "Call me the moment you get a chance, it's urgent.",
      ],
    },
  ]),
  ...family('resolved', {}, [
    {
      id: 'resolved.back-up-now',
      pattern: 'back up|online ~2 now|again',
      match: ["Site's back up now, thanks."],
      noMatch: ["It's not back up now, despite what the status page says."],
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
      match: ['All good now, thanks for the quick fix.'],
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
      noMatch: ['All good, thanks.', "It's not all fixed, the app still crashes."],
    },
  ]),
  ...family('mistake', {}, [
    {
      id: 'mistake.by-accident',
      pattern: 'by accident|mistake',
      match: ['Sorry, picked the wrong end by mistake.'],
      noMatch: ["You charged me twice and it wasn't by accident."],
    },
    {
      id: 'mistake.accidentally',
      pattern: 'accidentally|=accidently',
      match: ['Accidentally hit 1, sorry, you were great.'],
      noMatch: ["I didn't accidentally cancel, your system did it."],
    },
    {
      id: 'mistake.misclick',
      pattern: 'misclick|=mis',
      match: ['Misclick on the score, sorry!'],
      noMatch: ["Didn't misclick, I meant the 0."],
    },
    {
      id: 'mistake.wrong-button',
      pattern: 'wrong button|score|rating|number|end',
      match: ['Sorry, hit the wrong button, should be a 10.'],
      noMatch: ["If it ever went wrong I'd ask for a manager, but it never has."],
    },
    {
      id: 'mistake.meant-to-give',
      pattern: 'meant to ~2 give|click|put|select|press|rate|pick|hit|tap|choose',
      match: ['oops, meant to pick 10', 'On the train, meant to choose the top score.'],
      noMatch: [
        "Back in June your API outage meant our drivers couldn't scan parcels for a whole afternoon.",
      ],
    },
    {
      id: 'mistake.fat-fingered',
      pattern: 'fat =fingered',
      match: [
        'Fat-fingered the score on my phone, sorry.',
        'Think I fat fingered that rating, it should be a 9.',
      ],
      noMatch: ['The fat finger of your billing team charged me twice.'],
    },
    {
      id: 'mistake.should-be-n1',
      pattern: 'should|=supposed ~2 be|been|say|read <n1>',
      match: ['Oops, that should be 9 not 1.'],
      noMatch: ['It should be here in 3 days, right?'],
    },
    {
      id: 'mistake.ignore-the-score',
      pattern: 'ignore (the|my)? score|rating|number',
      match: ['Please ignore the score, I misread the scale.'],
      noMatch: ['i asked for a manger three times on chat and they just ignored me'],
    },
    {
      id: 'mistake.10-out-of',
      pattern: '=10 out (of|outta)? =10',
      match: ['Service was 10 out of 10, the 1 was a slip.'],
      noMatch: ["Honestly 2 out of 10, and I'm being generous."],
    },
    {
      id: 'mistake.five-stars',
      pattern: 'five|=5 stars',
      match: ['Meant to give five stars, sorry!'],
      noMatch: ["Wouldn't give you five stars if you paid me."],
    },
    {
      id: 'mistake.scale-wrong',
      pattern: 'scale ~3 wrong|backwards|confusing|misread',
      match: ['I think I read the scale backwards, sorry.'],
      noMatch: ['The scale on the survey was fine, my score stands.'],
    },
  ]),
];

export { URGENCY_RULES };
