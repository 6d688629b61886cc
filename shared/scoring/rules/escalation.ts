import { LAWYER, REGULATOR } from './legal.js';
import { family, type RuleOptions } from './rule.js';

// Words that make a department or senior person the customer's request, not where a call went.
const DEPARTMENT_ASKED =
  'ask|request|demand|want|need|insist|escalate|raise|write|like|please|can|could';

// "head" and "authority" are left out: "get this over my head", "FCRA authority to decline".
// Exact forms of manager and its usual typos: "manage", "management" and "manageable" share its
// stem ("asking to be able to manage my freeze", collection agencies named "... Credit
// Management", "get our payments manageable"). "Corporate" is the head office over the branch
// ("I tried to speak with corporate"); "corporation" is not. "Executive" exact: "execution"
// shares its stem ("ask for a stay of execution" is asked of a court).
const AUTHORITY =
  '=manager|=managers|=manger|=managr|supervisor|=corporate|boss|superior|senior|leader|' +
  'director|=executive|=executives|ceo|cto|coo|=vp|=svp|=evp|president|leadership|escalation|advocate';

// Asking for "a manager on the sales side about volume pricing" is routing, not escalation.
const ROUTING =
  'sales|pricing|quote|upgrade|buy|purchase|=licences|' +
  '=licenses|seats|demo|trial|onboarding|volume|discount|partnership|feature|enhancement|idea|' +
  'suggestion|roadmap|opening|application|apply';

// What takes back a request for someone senior, whoever is asked for.
const NOT_ASKED_FOR: readonly string[] = [
  ROUTING,
  // A manager someone else promised ("they said a supervisor would call") is not asked for;
  // being told no after asking ("I asked for a manager and was told no") still is.
  `=told|=said|promised|says ~6 ${AUTHORITY}`,
  'account|product|project|sales|marketing|property|office|store|case manager|director|=executive',
  // Other senses of the words: an elderly "senior citizen", "Superior Court", advocating for
  // oneself.
  'senior =citizen|=citizens|=living|=discount|=center|=centre|=home|=housing',
  'superior =court',
  // "Superior" as an adjective: "their practices seem far superior".
  'far|much|vastly|clearly superior',
  '=advocate|=advocating|=advocated for ~1 myself|ourselves|me|us|himself|herself|themselves',
  // "one of my supervisors" is the agent speaking, or the customer's own boss.
  '=my|=our ~2 supervisor|manager|boss|superior|vp|director|ceo|cfo',
  // "escalating this to the ombudsman" or to a lawyer is a legal threat (legal.ts names them).
  // Escalating to "your esteemed organization" or "the Consumer Financial Protection Bureau"
  // is the complaint being written, not a request for someone senior.
  `escalate ~6 ${REGULATOR}|ftc|authorities|court|protection|bureau|organization|organisation|${LAWYER}`,
  // "After speaking with the supervisor" tells of a call that happened; "to prevent any
  // escalation" is the company's warning.
  'after|when|while ~1 speaking|talking|=spoke|=spoken',
  'prevent|avoid ~1 any? escalation',
  // A supervisor already reached, or an escalation already granted, is no longer asked for.
  // ("I finally went into the branch and asked for someone in charge" still asks.)
  'finally|eventually ~3 =spoke|=speak|=reached|=got|=talked|=transferred|=connected|=escalated|able|=put',
  `until ~6 ${AUTHORITY}|=transferred|=connected`,
  `=was|=were ~4 ${AUTHORITY}`,
  `${AUTHORITY} =was|=were`,
  'who ~2 =went|=reversed|=fixed|=sorted|=resolved|=helped',
  // A request followed by the transfer, or by the manager agreeing, was granted.
  'i|we =was|=were =transferred',
  'agreed with me|us',
  // Supervisors and representatives spoken to, all plural, are contacts counted ("hours on the
  // phone speaking to supervisors and different representatives").
  '=supervisors|=managers and ~2 representatives|reps|agents|staff|people',
  'representatives|reps|agents|people ~1 including|and|or =managers|=supervisors',
  'speak|talk ~2 =different|several|multiple|various ~1 representatives|reps|agents|people',
];

const ESCALATION_OPTIONS: RuleOptions = {
  unless: [
    ...NOT_ASKED_FOR,
    // A clause about management is a team, an office's name or what it said ("a member of your
    // management team", "Complaints Management Office", "the management said they would").
    '=management',
  ],
};

/** Requests for someone with more authority, or to escalate. */
const ESCALATION_RULES = [
  ...family('escalation_request', ESCALATION_OPTIONS, [
    {
      id: 'escalation.speak-manager',
      pattern: `=speak|=talk|=speaking|=talking ~3 ${AUTHORITY}`,
      // The agent going to talk to a manager is the agent's step. Being let or able to speak
      // to one is a supervisor reached ("finally he let me speak to the manager", "not till
      // March was I able to speak to a manager"), and several supervisors spoken to are
      // contacts counted, not one asked for.
      unless: [
        '=he|=she =went|=goes|=go to',
        '=he|=she|=they =let me|us',
        '=able to',
        // How the company works, told to the reader: "you have to leave feedback to speak to a
        // manager".
        '=you =have|=need|=must to',
        'several|multiple|numerous|various|=many ~1 =supervisors|=managers',
      ],
      match: [
        'I want to speak to a supervisor about this.',
        'talking to a supervisor is all I ask',
      ],
      noMatch: [
        'Can I talk to a manager about volume pricing?',
        'I would like to talk with my case manager about the payment plan.',
        'She went to talk to a manager and came back with the same answer.',
        'After an hour on hold he let me speak to the manager, who fixed the date.',
        'Only in March was I able to speak to a dispute manager.',
        'I have tried talking to several supervisors and they all refuse.',
        'When you have a problem you have to leave feedback on their site to speak to a manager.',
        'I spent hours on the phone speaking to supervisors and different representatives.',
      ],
    },
    {
      id: 'escalation.put-me-through',
      pattern: `put|transfer|connect|get|pass|send|give|find|forward ~4 ${AUTHORITY}`,
      // Being put through already is an escalation granted, not one asked for, whoever did it
      // ("... transferred me to a supervisor").
      // A call or a letter the customer got from a manager is the company's contact ("two
      // days later I get a call from the manager").
      unless: [
        'he|she|they|agent|rep|representative|then ~1 =transferred|=connected|=passed|=put|=forwarded',
        '=transferred|=connected|=passed me|us',
        'been|=was|=were|=got =transferred|=connected',
        'call|letter|email|message|visit|voicemail from',
        // A supervisor's approval, or an answer found out from a manager, is the process.
        'approval|permission|authorization|authorisation|signature|=out|information|answer from',
      ],
      match: [
        'get me a managr now',
        'pls put me thru to a supervisor',
        'Please forward this to corporate and have them contact me.',
      ],
      noMatch: [
        'I could barely get this blouse over my head.',
        'He transferred me to a supervisor who held firm.',
        'Short Sale Department transferred me to Ann, Supervisor, who would not give her ID.',
        'I want to get our payments manageable again.',
        'I could not get my manager at work to sign the form in time.',
        'Two days later I get a call from the manager saying the car is not for sale.',
        'I have supposedly been transferred to a supervisor, then cut off.',
        'I had to get approval from a supervisor before the transfer.',
        'I tried to find out from the manager why the fee was charged.',
      ],
    },
    {
      id: 'escalation.arrange-a-call',
      // Asked for, at the head of the sentence: a call with a manager that happened, or was
      // promised, is the company's step.
      pattern: `^ =please|arrange|schedule|=set ~4 call|meeting ~4 ${AUTHORITY}`,
      match: [
        'Arrange a call with your director this week.',
        'Please set up a meeting with the regional manager before Friday.',
      ],
      noMatch: [
        'Your director called me back and fixed it, thanks.',
        'During the call with the executive resolution department he credited the fees.',
        'They promised a call back by a supervisor in 20 minutes.',
        'I received a call by the branch manager asking for my car details.',
        'Pleased that the call with your manager sorted it out.',
      ],
    },
    {
      id: 'escalation.want-manager',
      // "Ask" in the present too: "I call them and ask for a supervisor".
      pattern: `want|need|demand|request|insist|expect|like|require|=appreciate|=ask|=asked|=asking ~6 ${AUTHORITY}`,
      // Asking the supervisor something is a question put to one already reached.
      // Being braced or about to ask is an intention, not a request.
      unless: [
        `=ask|=asked|=asking the ${AUTHORITY}`,
        'braced|ready|prepared|tempted|verge|about|nearly|almost ~2 =ask|=asking',
        // Wanting to know why a manager did something asks for an answer.
        '=know|=understand|=learn why|how|what|whether',
        // An unreal condition in the past: "if it ever went wrong I'd ask for a manager".
        '=if ~3 =went|=happened|=was|=were|=had|=did',
        // Someone else doing the asking: "my wife asked for the supervisor to call me".
        '=he|=she|=they ~1 =asked|=requested for',
      ],
      match: [
        'I want it escalated.',
        'I demand to speak to a supervisor.',
        'I asked for a supervisor and was refused.',
        'Every time I call I ask for a supervisor and they put me on hold.',
      ],
      noMatch: [
        'No need to escalate, all fixed.',
        'They said a supervisor would want to see the paperwork.',
        'I asked for a manager and the manager was lovely.',
        'I asked the supervisor I spoke with today whether my account was affected.',
        'As a senior citizen I need the late fee removed.',
        'I requested a hearing in Superior Court last spring.',
        'I have had to advocate for myself for months.',
        'Was ready to ask for a manager, but the first agent had it sorted in minutes.',
        'I want to know why the manager refused to help.',
        'If it ever went wrong I would ask for a manager, but it never has.',
        'My wife was worried, so she asked for the supervisor to call me.',
        'I asked for a supervisor twice before I was transferred and got the same answer.',
        'I asked for a supervisor and she agreed with me about the fee.',
      ],
    },
    {
      // "Isn't there a supervisor or someone that can find out?"
      id: 'escalation.is-there-a-supervisor',
      pattern: `=is|=isn't there a|an|any ${AUTHORITY}`,
      match: [
        "Isn't there a supervisor or someone that can find out where my laptop is?",
        'Is there a manager on shift I could speak with tonight?',
      ],
      noMatch: ['There is a supervisor on duty at weekends, the agent said.'],
    },
    {
      // "Managers I requested never called me back."
      id: 'escalation.managers-i-requested',
      pattern: `${AUTHORITY} ~1 i|we =requested|=asked|=demanded`,
      match: [
        'Managers I requested, since no advisor could help, never called me back.',
        'The supervisor we demanded never came to the desk.',
      ],
      noMatch: ['The manager I spoke with was helpful.'],
    },
    {
      id: 'escalation.waiting-for-supervisor',
      pattern: `=waiting|=waited ~6 ${AUTHORITY} ~3 call|return|contact|respond|reply`,
      match: ['I have been waiting almost 30 days for a supervisor to return my call.'],
      noMatch: ['The supervisor called me back the same day and fixed it.'],
    },
    {
      // A message left for a manager asks for one: "I left a message for the branch manager to
      // call me".
      id: 'escalation.message-for-manager',
      pattern: `=left|=leave|=leaving ~2 message|voicemail for ~3 ${AUTHORITY}`,
      match: [
        'I have called the branch five times and left a message for the branch manager.',
        'I call back to leave a message for her supervisor.',
      ],
      noMatch: ['The manager left a message for me saying the fee was refunded.'],
    },
    {
      // Asking for anyone but the agent: "every time I ask to talk to someone else I am told
      // there is no one else".
      id: 'escalation.someone-else',
      pattern:
        '=ask|=asked|=asking|=insisted|=demanded|=requested ~3 speak|talk ~2 someone|somebody|anyone|anybody else',
      match: [
        'Each time I asked to speak to someone else I was put back in the queue.',
        'I insisted on talking to somebody else at the bank.',
      ],
      noMatch: ['Someone else from your team spoke to me yesterday and sorted it.'],
    },
    {
      // Asking to be contacted by someone senior: "I am asking that I be contacted by a member
      // of the corporate staff".
      id: 'escalation.be-contacted-by',
      // Anchored on the verb, not on "be"; "be" is looked for in the sentence.
      pattern: `=contacted|=called by ~5 ${AUTHORITY}`,
      requires: '=be =contacted|=called',
      match: [
        'I am asking that I be contacted by a member of the corporate staff.',
        'Please arrange for me to be called by a director this week.',
      ],
      noMatch: ['I was contacted by a manager who said the fee stands.'],
    },
    {
      id: 'escalation.refused-a-supervisor',
      pattern: `not|can't|won't|wouldn't|couldn't|refuse ~3 get|give|let|transfer|put|connect ~4 ${AUTHORITY}`,
      negation: 'in-pattern',
      match: [
        'He can not get us a supervisor or anyone.',
        'They refused to put me through to a manager.',
        "I dealt with people who couldn't connect me with a supervisor.",
      ],
      noMatch: ["I didn't need a manager in the end, the agent fixed it."],
    },
    {
      id: 'escalation.escalate',
      pattern: '=escalate|=escalating|=escalated',
      // "had my issue escalated" was granted; "before it is escalated" is the company's threat;
      // "he will escalate this error" is the agent's own step, and "would only offer to escalate
      // my request" the agent's offer; "an escalated case" or "the most recent escalated rep"
      // names one.
      unless: [
        'had|got|=is|=was|been ~3 =escalated',
        'he|she|they|who|agent|rep|representative ~3 =escalate|=escalating|=escalated',
        'offer ~3 =escalate',
        'a|an|the|recent =escalated',
        // A situation that escalated is no request; "no choice but to escalate this matter" and
        // "led me to escalate it formally" are the complaint being written to a regulator.
        'things|situation|argument|conversation|=all =escalated|=escalating',
        // ("But" opens a clause of its own.)
        'but to =escalate',
        '=led|=leads|=forced|=compelled ~2 to =escalate',
        // Costs that escalate rise; a regulator asked to escalate is the complaint.
        'interest|fees|costs|prices|rates|charges|balance|debt|payments|amount ~2 =escalated|=escalating',
        '=escalating =costs|=fees|=interest|=prices|=rates|=charges|=debt',
        `${REGULATOR}|bureau|agency ~3 =escalate`,
      ],
      match: ['I want it escalated.', 'Please escalate this.'],
      noMatch: [
        'No need to escalate, all fixed.',
        'Please escalate my feature idea to the product team.',
        'I called in and had my issue escalated, and she sorted it.',
        'According to the most recent escalated rep, my loans were put in default.',
        'The agent escalated your merchant dispute case to be looked at again.',
        'Customer service would only offer to escalate my request and promise a call back.',
        'She escalated this to the senior team.',
        'It all escalated today when the manager refused his cheque.',
        'Their silence has left me with no choice but to escalate this matter.',
        'The length of this issue has led me to escalate the situation formally.',
        'The fees kept escalating every month.',
        'I am asking the CFPB to escalate this matter.',
      ],
    },
    {
      id: 'escalation.head-of',
      pattern: 'your|the =head of',
      // The head of a household, or a creditor reporting itself as the head of an account.
      unless: '=head of ~2 household|family|account|debt|loan',
      match: ['Please arrange a call with your head of operations.'],
      noMatch: ['It slips over your head easily.'],
    },
    {
      id: 'escalation.elevate',
      pattern: 'elevate ~4 supervisor|manager|senior|higher|executive',
      match: ['I asked for the matter to be elevated to a supervisor.'],
      noMatch: ['A good belt elevates the whole outfit.'],
    },
    {
      id: 'escalation.who-can-i',
      pattern: 'who ~2 can|could i|we ~1 talk|speak|complain|escalate',
      match: ['Who can I complain to about this?', 'Who could we possibly escalate this to?'],
      noMatch: [
        'Get me someone who can sort this now.',
        'Who can I talk to about upgrading our plan?',
      ],
    },
    {
      id: 'escalation.someone-who-can',
      pattern:
        "someone|somebody|anyone|person who|that|who's|that's can|could|able ~1 actually? fix|resolve|sort|solve|do|help|decide|approve|authorise|authorize|sign|release|unblock|override|stop",
      match: [
        'I need someone who can actually fix this.',
        'Get me somebody that could actually help!!',
      ],
      noMatch: [
        'No need for someone who can actually fix it, I sorted it myself.',
        'Is there someone who can actually help with a quote for 50 seats?',
      ],
    },
    {
      id: 'escalation.someone-who-actually',
      pattern:
        "someone|somebody|anyone|person who|that|who's|that's actually ~2 fix|resolve|sort|solve|help|decide|authority|power",
      match: ['Somebody who actually has authority please.', 'I want someone that actually helps.'],
      noMatch: ['Can I get someone who actually helps with sales quotes?'],
    },
    {
      id: 'escalation.get-me-someone',
      pattern:
        'get|put|give|find|send me ~1 someone|somebody|anyone ~3 who|that can|could ~1 fix|resolve|sort|solve|help',
      match: ['Get me someone who can sort this now.'],
      noMatch: ['Can you get me someone who can help with the upgrade?'],
    },
    {
      id: 'escalation.someone-senior',
      pattern:
        'someone|somebody|anybody|anyone senior|important|responsible|competent|=accountable',
      // "hold someone responsible" blames; it asks for nobody.
      unless: 'hold ~1 someone|somebody|anyone|anybody',
      match: ['I want someone senior on this call.'],
      noMatch: ['Someone senior from your sales team called about a discount.'],
    },
    {
      id: 'escalation.someone-in-charge',
      pattern: 'someone|somebody|person|whoever ~2 in charge',
      match: ['Find me somebody in charge.'],
      noMatch: ['Whoever is in charge of the roadmap, please add dark mode.'],
    },
    {
      id: 'escalation.someone-with-clout',
      pattern:
        'someone|somebody|anyone|person|people ~1 with ~3 clout|authority|power|seniority|say',
      match: [
        'I need someone with actual authority.',
        'Put me through to someone with real say.',
        'Put somebody on with real authority, please.',
      ],
      noMatch: [
        "I'm not asking for someone with more authority, just an answer.",
        'For someone with an hourglass figure, that is saying a lot.',
      ],
    },
    {
      id: 'escalation.whoever-charge',
      // Exact: "accountable" shares the stem of "account" ("whoever's account it is").
      pattern: 'whoever ~2 charge|responsible|runs|=accountable',
      match: ['Get whoever runs this place on the phone.'],
      noMatch: ['Whoever is responsible for the sales quote, please call me.'],
    },
    {
      id: 'escalation.customer-advocate',
      pattern: 'customer|client advocate|advocacy|champion',
      match: ['We would like a customer advocate assigned.'],
      noMatch: ["Don't need a customer advocate, all sorted now."],
    },
    {
      id: 'escalation.your-manager',
      // Exact "manager": "your managed service" shares its stem. "Your Chief Operating Officer".
      pattern:
        'your =manager|=managers|supervisor|boss|superior|ceo|director|leadership|executives|chief',
      // Asked for in the sentence: "your CEO should be ashamed" or "you're lying to your boss"
      // names them without asking for them.
      requires:
        'ask|request|demand|want|need|insist|escalate|raise|like|please|can|could|forward|speak|talk|put|get|tell|have|contact|call|let',
      match: [
        'I want to speak to your boss.',
        'Please forward this to your manager.',
        'I would be grateful if your Chief Financial Officer would contact me.',
      ],
      noMatch: [
        'Ask your supervisor to call me back about the quote for the extra seats.',
        'Your executives are making millions while customers suffer.',
        'Your managed backup service failed and I want to know why.',
      ],
    },
    {
      id: 'escalation.higher-up',
      pattern: 'someone|somebody|person|people|anyone|speak|talk|pass|escalate ~4 higher up',
      match: ['Please pass this to someone higher up.'],
      noMatch: ["Don't need anyone higher up, it's sorted."],
    },
    {
      id: 'escalation.someone-who-can-2',
      pattern:
        'someone|somebody|anyone|person who|that can|could ~1 actually? make|take ~1 (a|the)? decision',
      match: ['Put me onto somebody who can make a decision.'],
      noMatch: ['Someone who can make a decision on pricing, please.'],
    },
    {
      id: 'escalation.decision-maker',
      pattern: 'decision maker',
      match: ['I want to speak to a decision maker today.'],
      noMatch: ["I'm the decision maker on our account so send the quote to me."],
    },
    {
      id: 'escalation.senior-level',
      pattern: 'senior|higher|executive level',
      match: ['I need this looked at on a senior level.'],
      noMatch: ["We'd like a demo at a senior level for our board."],
    },
    {
      id: 'escalation.someone-above-you',
      pattern: 'someone|somebody|whoever|anyone ~2 above|higher ~2 you|your|this|pay|the',
      match: ['Get me someone above your pay grade.'],
      noMatch: ['Someone above me at work wants a quote for more seats.'],
    },
    {
      // Someone from a named team, now: "I need someone from your network team on the phone right now".
      id: 'escalation.someone-from-your-team-now',
      pattern:
        'need|want|get|put ~2 someone|somebody from your ~3 =team|=department|=desk ~5 =now|=today|=immediately|=urgently|=asap|hour',
      match: ['I need someone from your network team on the phone right now.'],
      noMatch: ['Someone from your team called me today, all sorted.'],
    },
    {
      id: 'escalation.page-on-call',
      pattern: '^ =page|=paging ~3 oncall|lead|manager|engineer|duty|sre|call',
      match: ['Page whoever is on call, our checkout is down.'],
      noMatch: ['The page on call charges was confusing.'],
    },
    {
      id: 'escalation.up-the-chain',
      pattern: 'up the chain|ladder',
      match: ['Please pass this up the chain to someone who can actually make a decision.'],
      noMatch: ['Please pass my feature idea up the chain.'],
    },
  ]),
  // Asked for and not given: "a supervisor is never available", "no manager was available".
  // Outside the family above, whose exceptions take a supervisor who "was" someone as reached.
  ...family(
    'escalation_request',
    { unless: [ROUTING, '=my|=our ~2 supervisor|manager|boss|superior|director'] },
    [
      {
        id: 'escalation.no-supervisor-available',
        pattern: `no ~1 ${AUTHORITY} ~2 =available`,
        negation: 'in-pattern',
        match: [
          'I asked twice but no manager was available.',
          'I called back for a supervisor and no supervisor is available until Monday.',
        ],
        noMatch: ['The supervisor was available straight away and fixed it.'],
      },
      {
        // Denied one outright: "I was refused a manager and hung up on".
        id: 'escalation.refused-a-manager',
        pattern: `=refused|=denied (me|us)? a|an|any ${AUTHORITY}`,
        match: [
          'The agent refused me a supervisor and ended the chat.',
          'I was denied any manager on three separate calls.',
        ],
        noMatch: ['The manager refused my request for a refund.'],
      },
      {
        // Not let through to one: "I can not speak to a supervisor for 5-7 business days".
        id: 'escalation.cannot-speak-to-supervisor',
        pattern: `can't|couldn't|not ~3 =speak|=talk ~3 ${AUTHORITY}`,
        negation: 'in-pattern',
        // Not having spoken to one, or not needing to, asks for nobody.
        unless: [
          '=did|=do|=does|=will|=would|=should|=need|=needed|=want|=wanted not',
          'need|want|have|=had|=got ~2 to =speak|=talk',
        ],
        match: [
          "I still can't speak to a supervisor after five days of calls.",
          'I have not been able to talk to a manager in two weeks of calls.',
        ],
        noMatch: [
          'I did not speak to a manager, the first agent fixed it.',
          "I don't need to speak to a supervisor, just send the letter.",
        ],
      },
      {
        id: 'escalation.supervisor-never-available',
        pattern: `${AUTHORITY} =is|=was|=were|=are ~1 never|not =available`,
        negation: 'in-pattern',
        match: [
          'I have to speak to overseas reps and a supervisor is never available.',
          'Their manager is not available, every single time I call.',
        ],
        noMatch: ['A supervisor is available on weekdays, the website says.'],
      },
    ],
  ),
  // "Management" names a team or an office too often to be an authority everywhere: only as the
  // people the customer asked to speak with, or was refused.
  ...family(
    'escalation_request',
    { unless: [...NOT_ASKED_FOR, '=management =company|=companies|=office|=team|=firm|=agency'] },
    [
      {
        // "A review at management level", "escalate it to director level".
        id: 'escalation.management-level',
        pattern: 'management|senior|executive|director|board ~1 =level',
        requires: 'ask|request|want|need|like|please|can|could|appreciate|escalate|review',
        match: ["I'd appreciate it if this was looked at by someone at director level."],
        noMatch: [
          'Your entry-level plan is fine for us.',
          'She works at senior level in our firm.',
        ],
      },
      {
        // Management above the people reached: "I want higher management involved".
        id: 'escalation.higher-management',
        // Anchored on the rarer word; the request is looked for in the sentence.
        pattern: 'higher|upper|top =management',
        requires:
          'ask|request|want|need|demand|insist|escalate|write|wrote|email|sent|speak|talk|involve',
        match: [
          'I want higher management at your bank to look at this.',
          'Please escalate this to upper management today.',
        ],
        noMatch: [
          'Upper management decided to close the branch last year.',
          'I feel she has tried her best to get upper management to look at the case.',
        ],
      },
      {
        id: 'escalation.speak-to-management',
        pattern: '=ask|=asked|=asking|=want|=let|=demanded|=requested ~3 speak|talk ~3 =management',
        match: [
          'I asked to speak with someone in management and got nowhere.',
          'I asked to talk with management twice and nobody called back.',
          'I got three different answers, ask to speak with management and was told no.',
        ],
        noMatch: [
          'The agent said management would speak to me next week.',
          'I asked to speak to the management company about the lease.',
        ],
      },
    ],
  ),
  // A department or a senior person counts when the customer asks for them: reaching one
  // ("a representative in the Executive Office said") is a contact, not an escalation.
  ...family('escalation_request', { ...ESCALATION_OPTIONS, requires: DEPARTMENT_ASKED }, [
    {
      id: 'escalation.senior-contact',
      pattern:
        'senior ~2 contact|person|manager|member|leadership|executive|representative|staff|engineer|specialist|colleague|adviser|advisor',
      match: ['Please can a senior member of staff look at my complaint?'],
      noMatch: [
        'I want someone senior on this call.',
        'A senior member of your sales team offered us a discount.',
      ],
    },
    {
      id: 'escalation.head-office',
      pattern: 'head|executive ~1 office|complaints',
      match: [
        'I am writing to your executive office about it.',
        'Could you forward my complaint to the executive office?',
      ],
      noMatch: [
        "I'm applying for a loan at your head office.",
        'A representative in the Executive Office said there was an investigation.',
        'My letter went to your head office last month.',
      ],
    },
    {
      id: 'escalation.complaints-department',
      // Asked for in so many words: a complaints team that searched, called or wrote is the
      // company's step.
      pattern:
        'ask|request|want|need|demand|speak|talk|=escalate|=escalating|raise|transfer|put ~4 complaints department|team|manager',
      match: ['I want this raised with your complaints manager, not another first-line agent.'],
      noMatch: [
        'The agent said the complaints team would call.',
        "Don't want the complaints team involved, just fix it.",
        'Then a person called from the escalation complaint department to apologise.',
        'The Regulatory Complaint Team had done a search, the letter says.',
      ],
    },
  ]),
];

export { ESCALATION_RULES };
