import { rules } from './rule.js';

const LAWYER = 'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|counsel|legal|litigator';

// A lawyer who needs a copy of an invoice or a signed agreement is paperwork, not a threat.
const PAPERWORK =
  'copy|copies|invoice|signed|countersigned|paperwork|documents|agreement|dpa|nda|review|audit|' +
  'approve|approval|procurement|renewal|terms';

const REGULATOR =
  'regulator|regulators|ombudsman|ombudsmen|ofcom|ofgem|ofwat|fca|cfpb|ftc|fcc|bbb|watchdog|' +
  'tribunal|regulatory|caa|cqc|cma|ico|puc|ofsted';

/** Suing, lawyers as a threat, courts, regulators and ombudsmen, chargebacks. */
const LEGAL_RULES = [
  ...rules(
    'legal_threat',
    [
      'sue|=suing|=sued|lawsuit|litigation|litigate|=litigating',
      'legal action|proceedings|claim|route|steps|recourse|remedies',
      'see|=seeing|=meet|take|=taking|drag|=dragging ~3 court|courts',
      'small claims',
      'class action',
      REGULATOR,
      'trading standards',
      'consumer affairs',
      'utilities commission',
      'section 75',
      'report|=reporting ~1 you|this|=company|=firm ~3 to ~2 authorities|police',
      'consumer protection|rights ~2 office|agency|authority|bureau|complaint|body|department?',
      'better business bureau',
      'attorney general',
      'chargeback|chargebacks',
      'financial conduct authority',
      'information commissioner',
      'trade commission',
      'financial ombudsman',
      'charge back ~3 card|bank|payment|credit',
      'data protection ~2 authority|complaint|regulator|officer',
    ],
    {
      unless: [
        'sue|=sued|=suing me|us|=seller|=builder|=scammer|=scammers',
        'approved|approve|=rules|=regulation|=regulations|compliant|compliance',
      ],
    },
  ),
  // A charge reversed through the card issuer is a chargeback, whatever the customer calls it.
  ...rules(
    'legal_threat',
    [
      'reverse|=reversing|dispute|=disputing|=claw ~3 charge|charges|payment|transaction|back',
      'report|=reporting|=reported ~5 card|bank|issuer ~3 fraud|fraudulent|unauthorised|unauthorized',
    ],
    {
      requires: 'bank|card|credit|issuer|visa|mastercard|amex|paypal',
    },
  ),
  ...rules(
    'legal_threat',
    [
      `my|our ${LAWYER} ~4 touch|contact|contacting|call|calling|write|writing|letter|involved|hear|dealing|handle|handling|advised|advise|looking|instructed|aware`,
      `speak|=speaking|talk|=talking|consult|=consulting|contact|=contacting|call|get|=getting|instruct|hire|involve|=involving|pass|forward|refer|hand|=handing|take|=taking ~4 ${LAWYER}`,
      `correspondence ~4 ${LAWYER}`,
      `matter|case|issue ~1 for ~3 ${LAWYER}|court|courts`,
      `hear|=hearing from my|our ${LAWYER}`,
      `involved|=involving|=instructed|=engaged|=hired|=consulted ~2 a|my|our ${LAWYER}`,
    ],
    { unless: PAPERWORK },
  ),
];

export { LEGAL_RULES };
