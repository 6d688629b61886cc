import { rules } from './rule.js';

const AUTHORITY =
  'manager|managers|supervisor|supervisors|boss|superior|superiors|senior|authority|leader|' +
  'head|director|executive|ceo|cto|coo|management|leadership|escalation|advocate';

// Asking for "a manager on the sales side about volume pricing" is routing, not escalation.
const ROUTING =
  'sales|pricing|price|prices|quote|upgrade|upgrading|buy|buying|purchase|purchasing|licences|' +
  'licenses|seats|demo|trial|onboarding|volume|discount|partnership|feature|enhancement|idea|' +
  'suggestion|roadmap|told|said|promised|says|opening|application|loan|mortgage|apply';

/** Requests for someone with more authority, or to escalate. */
const ESCALATION_RULES = rules(
  'escalation_request',
  [
    `=speak|=talk|=speaking|=talking|put|transfer|connect|get|pass|send|=let|give|find|arrange|=call|meeting ~6 ${AUTHORITY}`,
    `want|need|demand|request|insist|expect|like|requesting|require|=asked|=asking ~6 ${AUTHORITY}`,
    'escalate|=escalated|=escalating|escalation',
    'who ~2 can|could i|we talk|speak|complain|escalate',
    "someone|somebody|anyone|person who|that|who's|that's can|could|able ~1 actually fix|resolve|sort|solve|do|help|decide",
    "someone|somebody|anyone|person who|that|who's|that's actually ~2 fix|resolve|sort|solve|help|decide|authority|power",
    'get|put|give|find|send me ~1 someone|somebody|anyone ~3 who|that can|could ~1 fix|resolve|sort|solve|help',
    'someone|somebody|anybody|anyone senior|important|responsible|competent|accountable',
    'someone|somebody|person|whoever ~2 in charge',
    'someone|somebody|anyone|person|people with ~4 clout|authority|power|seniority|say',
    'whoever ~2 charge|responsible|runs|accountable',
    'customer|client advocate|advocacy|champion',
    'your manager|supervisor|boss|superior|superiors|ceo|head|director|management|leadership|executives',
    'senior ~2 contact|person|manager|member|management|leadership|executive|representative|staff',
    'higher up|ups',
    'someone|somebody|anyone|person who|that can|could ~1 actually? make|take ~1 a|the? decision|decisions',
    'decision maker|makers',
    'senior|higher|management|executive level',
    'someone|somebody|whoever|anyone ~2 above|higher ~2 you|your|this|pay',
    'head|executive ~1 office|complaints',
    'up the chain|ladder',
    'complaints department|team|manager',
  ],
  {
    unless: [
      ROUTING,
      'account|product|project|sales|marketing|property|office|store manager|managers',
      // "escalating this to the ombudsman" is a legal threat (see legal.ts), not a request.
      'escalate|=escalating|=escalated ~4 ombudsman|regulator|court|courts|lawyer|lawyers|solicitor|solicitors|attorney|watchdog',
    ],
  },
);

export { ESCALATION_RULES };
