import { rules } from './rule.js';

// Cancelling one order, appointment or add-on is a transaction, not a threat to leave.
const TRANSACTIONAL =
  'order|orders|appointment|booking|reservation|add|addon|delivery|payment|flight|ticket|item|' +
  'parcel|newsletter|emails|alerts|notifications|trial|upgrade|request|refund|transfer|debit|' +
  'review|feedback|message|voicemail|note|comment|tip';

const SERVICE =
  'account|accounts|contract|subscription|service|membership|plan|policy|everything|broadband|' +
  'package|agreement|licence|license|mortgage|contracts';

const PROVIDER =
  'competitor|competitors|provider|carrier|bank|supplier|vendor|company|network|airline|platform|' +
  'solution|insurer|firm|one|service|operator|retailer|host|courier|energy|utility|isp|tool|app';

/** Threats to cancel, leave, switch away or not renew: conditional threats and idioms count. */
const CHURN_RULES = [
  ...rules(
    'churn_threat',
    [
      `cancel|terminate|=cancelling|=terminating ~2 my|our|the|this|your? ${SERVICE}`,
      'going|gonna|=will|=shall|about|planning|intend|decided|want|wanna ~2 to? cancel|terminate|=leave|quit',
      `i'll|we'll|i'm|we're cancel|terminate|=cancelling|=terminating|=leaving|quitting`,
      `i|we =am|=are =cancelling|=terminating|=leaving|=quitting`,
      `close|closing ~3 ${SERVICE}`,
    ],
    {
      unless: `cancel|terminate|=cancelling|=terminating|close|=closing|=leave|=leaving|quit ~3 ${TRANSACTIONAL}`,
    },
  ),
  ...rules(
    'churn_threat',
    [
      "not|never|won't|no ~3 renew|renewing|renewal|=re-sign|extend|extending",
      `switch|=switching|move|=moving|go|=going|migrate|=migrating|port|=porting|jump|defect|=leave|=leaving|=off ~4 to|for|over|towards? a|an|another|other|different|rival|competing|new ~1 ${PROVIDER}`,
      'take|taking|=took|move|moving ~2 my|our business|custom|money|account|accounts|mortgage|savings|pension|spend ~2 elsewhere|somewhere|to',
      'go|=going|look|looking|shop|shopping|take|taking =elsewhere',
      `evaluate|evaluating|explore|exploring|consider|considering|look|looking|trial|trialling|review|reviewing ~2 alternative|alternatives|other|competitor|competitors|options ~1 ${PROVIDER}?`,
      'never ~3 fly|use|buy|shop|order|book|deal|bank|stay|travel|recommend ~4 again|=ever',
      "that's|this|=that|=it's ~1 the last time ~2 i|we ~1 ever? will? fly|use|buy|shop|order|book|deal|travel",
      'seen the last of',
      "won't|never ~2 =using|=use|=book|=booking|=order|=ordering|=hire|=hiring ~1 you|your|u",
      'lose|=losing us|me ~2 as a? customer|customers|client|clients|business',
      "not|won't|=no|longer ~3 =continue|continuing|=stay|staying|remain|remaining ~2 with ~1 you|your|u",
      'not|=no ~2 longer? ~1 =continue|continuing ~2 our|my|the|your|this service|contract|subscription|membership|account|agreement',
      'discontinue|=discontinuing ~2 our|my|the|your|this? service|contract|subscription|account|membership',
      'shopping|=shop|looking ~1 around',
      'weighing|weigh|exploring|explore|keeping ~2 our|my options',
      "you've|you|=youve ~2 lost ~1 a|one|another|my|our|this ~1 loyal? customer|client|business|custom",
      'jump ship',
      'pull|=pulling|=pulled the plug on',
      // "moving to Acme when my deal ends": a named rival plus the end of the term.
      '=moving|=switching|=move|=switch|=going|=porting|=jumping to ~3 when|once|after|at ~2 my|our|the|this ~1 contract|deal|term|renewal|subscription|plan',
      'port|=porting ~2 my|our|the number|numbers ~1 out|away',
      '=switch|=switching|=change|=changing ~1 banks|providers|suppliers|networks|carriers|airlines|insurers',
      "this|that's|it's|=will|=be ~2 my|our last|final ~2 flight|order|booking|purchase|year|month|contract|renewal with|from ~1 you|your",
      'cut|=cutting ties',
      'walk away from you|your',
      'find ~1 another|new|different provider|supplier|bank|carrier|vendor|company',
    ],
    { unless: ['to you', "you're better", 'staying'] },
  ),
  // "reviewing whether to stay with you" names staying only to question it.
  ...rules('churn_threat', [
    'reviewing|considering|deciding|questioning|rethinking|=review|=reconsider whether|if ~1 to? stay|continue ~1 with ~1 you|your|u',
  ]),
  ...rules('churn_threat', ['=walking|=walk away'], {
    unless: ['counter|desk|till|car|door|table|screen|computer', 'from the|it'],
  }),
  ...rules(
    'churn_threat',
    [
      "i'm|we're done ~1 with? you|your|this|y'all|u?",
      'i|we =am|=are done',
      'done with you|your|this company',
    ],
    {
      unless: ['form|forms|setup|application|sorted|all|now|here|today|shopping|staying', 'to you'],
    },
  ),
  ...rules('neutral_exit', [
    'emigrating|relocating|retiring|deceased|=emigrate|=relocate|=retire',
    'moving|=move abroad|overseas|away|country',
    'passed away',
    'no longer need|needed|require|use',
    'nothing wrong with',
    'closing|=close ~2 business|shop|company|practice',
  ]),
  ...rules('staying', [
    "i'm|we're|i'll|we'll|=am|=are|=will =staying|stay|=staying",
    'changed my|our mind',
    'not leaving ~1 now|after all',
  ]),
];

export { CHURN_RULES };
