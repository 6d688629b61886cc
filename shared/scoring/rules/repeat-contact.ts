import { family } from './rule.js';

const CONTACT_VERB =
  'called|phoned|rang|=rung|emailed|contacted|chased|messaged|=wrote|written|chatted|' +
  'explained|transferred|spoken|=spoke|talked|=told|reported|raised|logged|complained|ringing|' +
  '=followed|bounced|=passed|shunted|=pushed|=visited';

const CONTACT_NOUN =
  'calls|emails|chats|messages|tickets|people|agents|persons|departments|transfers|callbacks|' +
  'reps|representatives|advisors|advisers|engineers|staff|complaints|letters|different|separate|' +
  'operators|times';

/** Three or more contacts, several people, transfers, or starting over every time. */
// How complaint letters say they got in touch: calls, disputes, requests and letters alike.
const REACHED_OUT =
  'called|phoned|contacted|disputed|requested|asked|sent|wrote|written|emailed|mailed|faxed|' +
  'submitted|filed|messaged|complained|reached|visited|followed|chased|spoke|spoken|told';

// Many contacts, said without a number.
const MANY = '<n3>|multiple|numerous|many|countless|repeated|various|umpteen|endless';

const REPEAT_CONTACT_RULES = family('repeat_contact', {}, [
  {
    id: 'repeat.called-n3-calls',
    pattern: `${CONTACT_VERB} ~4 <n3>|=many ~2 ${CONTACT_NOUN}|occasions`,
    match: ["I've called nine times."],
    noMatch: ['I called twice.'],
  },
  {
    id: 'repeat.n3-calls',
    pattern: '<n3> ~1 calls|emails|chats|tickets|callbacks|complaints|transfers',
    match: ['Fourth email now.'],
    noMatch: [],
  },
  {
    id: 'repeat.n3-different-calls',
    pattern:
      '<n3> different|separate|=phone ~1 calls|agents|people|departments|emails|advisors|advisers|reps|times|=numbers|operators|staff|teams|answers|stories',
    match: ['Four separate advisers gave me four stories.'],
    noMatch: [],
  },
  {
    id: 'repeat.o3-time-writing',
    pattern: `<o3> ~1 time|call|email|callback|ticket|chat|attempt|complaint ~4 writing|asking|speaking|promised|${CONTACT_VERB}`,
    match: ['This is the fifth time I am explaining this.'],
    noMatch: [],
  },
  {
    id: 'repeat.o3-promised-callback',
    pattern: '<o3> promised? callback|call|chat|ticket|complaint|email',
    match: ['Fourth email now.'],
    noMatch: [],
  },
  {
    id: 'repeat.o3-person-spoke',
    pattern:
      '<o3> person|agent|rep|representative|advisor|adviser|engineer|department|operator ~4 spoke|spoken|talked|dealt|explained|speaking|transferred',
    match: [],
    noMatch: [],
  },
  {
    id: 'repeat.re-explain',
    pattern: 're explain',
    match: [],
    noMatch: ['I would like these items immediately re-investigated.'],
  },
  {
    id: 'repeat.have-to-explain',
    pattern:
      'have|had|make|=made|asked ~1 to explain|repeat|re ~5 again|scratch|beginning|every|each|=over',
    match: [],
    noMatch: ['I keep having to chase you.'],
  },
  {
    id: 'repeat.every-single-person',
    pattern:
      'every|each single? person|agent|call|department|advisor|rep ~4 start|explain|repeat|different|sends',
    match: ['Every agent makes me start from scratch.'],
    noMatch: ['We are losing revenue every hour.'],
  },
  {
    id: 'repeat.call-and-call',
    pattern: 'call|phone|email|rang|chase|ring =and call|phone|email|rang|chase|ring',
    match: [
      'The loan officer apologized for late handling and processing the case via email and phone calls.',
    ],
    noMatch: ['I called twice.'],
  },
  {
    id: 'repeat.bounced-around',
    pattern: 'bounced|passed|shunted|=transferred|=pushed ~2 around|between|about',
    match: ["I've been passed around four different teams now."],
    noMatch: ['Passed from pillar to post for a week.'],
  },
  {
    id: 'repeat.pillar-to-post',
    pattern: 'pillar to post',
    match: ['Passed from pillar to post for a week.'],
    noMatch: [],
  },
  // "told me on Monday, Wednesday and Friday": three contacts named by day.
  {
    id: 'repeat.said-monday-monday',
    pattern: `said|promised|${CONTACT_VERB} ~4 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday`,
    match: ["That's what you told me on Monday, Wednesday and Friday."],
    noMatch: ['I called twice.'],
  },
  // "the umpteenth time I've rung": a vague but large count of contacts.
  {
    id: 'repeat.umpteenth-time-called',
    pattern: `umpteenth|nth|hundredth|millionth|countless|numerous|multiple|=dozens|=umpteen ~2 time|occasions|calls|emails|chats ~4 ${CONTACT_VERB}`,
    match: ['This is the umpteenth time I have phoned you.'],
    noMatch: ['Numerous calls and still no engineer.'],
  },
  {
    id: 'repeat.called-countless-of',
    pattern: `${CONTACT_VERB} ~4 countless|numerous|multiple|umpteen|=dozens|=loads|=lots ~2 of? times|occasions|calls|emails`,
    match: ["I've emailed countless times and heard nothing."],
    noMatch: ['I called twice.'],
  },
  {
    id: 'repeat.countless-calls',
    pattern:
      'countless|numerous|umpteen|endless|=multiple ~1 calls|emails|chats|tickets|complaints|transfers',
    match: ['Numerous calls and still no engineer.'],
    noMatch: ['The app crashed multiple times yesterday.'],
  },
  {
    id: 'repeat.from-one-department',
    pattern: 'from one department|person|agent|team ~2 to another|the',
    match: [],
    noMatch: ['Zero help from support.'],
  },
  {
    id: 'repeat.back-and-forth',
    pattern: 'back and forth between',
    match: [],
    noMatch: ["I'd also like a manager to call me back about it."],
  },
  {
    id: 'repeat.send-me-somewhere',
    pattern: 'send|pass|bounce|shunt|transfer ~2 me ~2 somewhere|elsewhere|around',
    match: [],
    noMatch: ["We can't send any of our invoices out."],
  },
  {
    id: 'repeat.round-in-circles',
    pattern: 'round|around in circles',
    match: [],
    noMatch: ['Nurses cannot log in to the drug round app.'],
  },
  {
    id: 'repeat.lost-count-called',
    pattern:
      'lost count ~6 called|rang|=rung|phoned|emailed|contacted|chased|spoken|=spoke|written|=wrote|times',
    match: ["I've lost count of how many times I've emailed."],
    noMatch: ['Youve lost a customer.'],
  },
  {
    id: 'repeat.same-conversation-every',
    pattern: 'same conversation|story ~3 every|again|=times|before',
    match: [],
    noMatch: ['third time the same engineer has failed to show'],
  },
  {
    id: 'repeat.keep-having-to',
    pattern:
      '=keep|=kept|=keeps having? to? =ringing|=emailing|=explaining|=repeating|=contacting|call|chase',
    match: ['I keep having to chase you.'],
    noMatch: ['My card keeps getting declined.'],
  },
  {
    id: 'repeat.every-single-time',
    pattern: 'every|each single? time i|we ~1 call|phone|contact|chat|ring|email|ask',
    match: ['Every single time we ring, a new excuse.'],
    noMatch: ['We are losing revenue every hour.'],
  },
  {
    id: 'repeat.many-attempts',
    pattern: `${MANY} ~2 attempts|requests|letters|disputes|complaints|inquiries|tries|endeavors|efforts|phone|emails|calls`,
    match: [
      'Despite multiple previous written requests, the item is still on my report.',
      'I have made numerous attempts to get this fixed.',
    ],
    noMatch: ['There are several accounts on my file that are not mine.'],
  },
  {
    id: 'repeat.reached-out-many-times',
    pattern: `${REACHED_OUT} ~5 ${MANY}|several times|occasions`,
    match: [
      'I have contacted them serveral times and nobody helps.',
      'I have requested now 4 times to remove the addresses.',
    ],
    noMatch: ['They charged me several times for the same order.'],
  },
  {
    id: 'repeat.repeatedly-asked',
    pattern: `repeatedly|continuously|constantly ~3 ${REACHED_OUT}`,
    match: ['I have repeatedly asked for the fee to be removed.'],
    noMatch: ['The website repeatedly crashed during checkout.'],
  },
  {
    id: 'repeat.asked-repeatedly',
    pattern: `${REACHED_OUT} ~3 repeatedly|continuously|constantly|again and again|over and over`,
    match: ['I called again and again and got nowhere.'],
    noMatch: ['The card was declined again and again.'],
  },
  {
    id: 'repeat.trying-for-months',
    pattern:
      '=trying|=tried|=attempting|=fighting|=calling|=chasing|=contacting ~8 for|since ~2 weeks|months|years|ages',
    match: ['I have been trying to get this resolved for months.'],
    noMatch: ['I have been a loyal customer for years.'],
  },
  {
    id: 'repeat.keep-hanging-up',
    pattern: '=keep|=keeps|=kept hanging|=hung up ~2 on? me|us',
    match: ['you keep hanging up on me'],
    noMatch: ['I hung up the dress and it still looks wrinkled.'],
  },
]);

export { REPEAT_CONTACT_RULES };
