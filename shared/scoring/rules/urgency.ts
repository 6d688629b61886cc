import { rules } from './rule.js';

const IMPACT_STATE =
  'down|stopped|offline|locked|blocked|broken|dead|failing|declining|green|idle|sitting|unable|' +
  'frozen|crashing|returning|erroring|errors|rejecting|halted|twiddling|stood|=sat|unavailable';

const PAST = "=was|=were|ago|yesterday's|previous|then";
const LAST =
  'last week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'weekend|summer|winter|spring|autumn|quarter';

/**
 * Present impact: the customer is hurting right now, or has a deadline today. A slow refund, a
 * past outage or "immediately" shouted at us are not urgent on their own (see the dev guide).
 */
const URGENCY_RULES = [
  ...rules(
    'urgent',
    [
      '=rn',
      'as i|we type|write|speak|talk|=typing|=writing',
      'as we speak',
      'this minute|second',
      'every minute|hour|second',
      'by the minute|hour',
      'and counting',
      `still ~2 ${IMPACT_STATE}|can't|=cannot`,
      'since ~1 this? <time>|morning|today|lunch|lunchtime|breakfast|noon|midday|midnight|dawn|opening',
      'since half|quarter ~1 past? <n1>|<time>',
      'within the|an hour',
      'in|within the? next? ~1 <n1>|an|a|few|couple hour|hours|minutes',
      'due|=deadline ~2 today|tonight|tomorrow',
      'by|before ~2 <time>|noon|midday|close|lunchtime ~1 today|tonight',
      'fixed|sorted|resolved|working|=paid|=pay ~2 today|tonight',
      'standing|sitting|stood|=stuck|=stranded|=waiting here',
      'standing|sitting|stood|=stuck|=stranded|=waiting at ~1 the? counter|till|gate|airport|checkout|pharmacy|desk|station|border',
      '=stranded',
      'emergency',
      'meanwhile',
      "currently|=currently ~3 down|offline|unable|can't|losing|stuck|blocked",
    ],
    { unless: [PAST, LAST] },
  ),
  ...rules(
    'urgent',
    [
      'for|past|last|been ~2 <n1>|few|couple|several|an|hour|hours ~1 hours|minutes|hour',
      // "stopped at 6 this morning": an outage that began today and nobody says ended.
      'this morning|afternoon',
      'at the moment|present',
      'has|have|=is|=are ~1 ground|grinding|come|=coming to a? halt|standstill',
      'all ~1 morning|afternoon|day|night|shift',
      'ongoing',
    ],
    {
      requires: IMPACT_STATE,
      unless: [PAST, LAST],
    },
  ),
  // "I want to talk to your manager right now" is impatience, not impact.
  ...rules('urgent', ['right now'], {
    unless: [PAST, LAST, 'talk|speak|manager|supervisor|someone|call ~6 right now'],
  }),
  // A vulnerable customer who has lost a supply their health depends on cannot wait.
  ...rules(
    'urgent',
    ['insulin|oxygen|dialysis|ventilator|nebuliser|nebulizer|medication|newborn'],
    {
      requires: 'without|=no|=off|=cut|outage|down|=lost',
      unless: [PAST, LAST],
    },
  ),
  ...rules('calm', [
    'not urgent',
    'no rush|hurry',
    'whenever you|convenient',
    'in your own time',
    'when you get a chance',
  ]),
  ...rules('resolved', [
    'back up|online ~2 now|again',
    '=working again|now',
    '=sorted|=fixed|=resolved ~1 now|itself',
    'all good now',
    '=had|=got us|it|everything|things back up|online|running',
    "=all|=it's|=everything fixed|sorted|resolved",
  ]),
  ...rules('mistake', [
    'by accident|mistake',
    'accidentally|=accidently',
    'misclick|misclicked|=mis',
    'wrong button|score|rating|number|end',
    'meant to ~2 give|click|put|select|press|rate|pick',
    'should|=supposed ~2 be|been|say|read <n1>',
    'ignore the|my? score|rating|number',
    '=10 out of|outta? =10',
    'five|=5 stars',
    'scale ~3 wrong|backwards|confusing|misread',
  ]),
];

export { URGENCY_RULES };
