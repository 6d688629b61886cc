import { family } from './rule.js';

const LAWYER = 'lawyer|attorney|solicitor|counsel|legal|litigator';

// A lawyer who needs a copy of an invoice or a signed agreement is paperwork, not a threat.
const PAPERWORK =
  'copy|invoice|signed|countersigned|paperwork|documents|agreement|dpa|nda|review|audit|' +
  'approve|procurement|renewal|terms';

const REGULATOR =
  'regulator|ombudsman|ombudsmen|ofcom|ofgem|ofwat|fca|cfpb|ftc|fcc|bbb|watchdog|' +
  'tribunal|regulatory|caa|cqc|cma|ico|puc|ofsted';

/** Suing, lawyers as a threat, courts, regulators and ombudsmen, chargebacks. */
const LEGAL_RULES = [
  ...family(
    'legal_threat',
    {
      unless: [
        'sue|=sued|=suing me|us|=seller|=builder|=scammer|=scammers',
        'approved|=rules|=regulation|=regulations|compliant|compliance',
      ],
    },
    [
      {
        id: 'legal.sue',
        pattern: 'sue|=suing|=sued|lawsuit|litigation',
        match: ['My next action is to sue.'],
        noMatch: ['My old bank threatened to sue me.'],
      },
      {
        id: 'legal.legal-action',
        pattern: 'legal action|proceedings|claim|route|steps|recourse|remedies',
        match: ['I will be taking legal action.'],
        noMatch: ["I've got a question for your legal team about the GDPR clause in our contract."],
      },
      {
        id: 'legal.see-court',
        pattern: 'see|=meet|take|drag ~3 court',
        match: [],
        noMatch: [
          "My brother said he'd take you to court over less, but honestly it's fine, just fix the invoice.",
        ],
      },
      {
        id: 'legal.small-claims',
        pattern: 'small claims',
        match: ['See you in small claims court.'],
        noMatch: [
          "We're a small bakery and we haven't been able to take a single card payment since we opened.",
        ],
      },
      {
        id: 'legal.class-action',
        pattern: 'class action',
        match: [],
        noMatch: ['Cancel my gym class booking for Tuesday please.'],
      },
      {
        id: 'legal.regulator',
        pattern: REGULATOR,
        match: ["I'm going to the ombudsman."],
        noMatch: ['The agent said I could go to the ombudsman but honestly I just want it fixed.'],
      },
      {
        id: 'legal.trading-standards',
        pattern: 'trading standards',
        match: ['Reported you to Trading Standards this morning.'],
        noMatch: ['We have been unable to trade since the update.'],
      },
      {
        id: 'legal.consumer-affairs',
        pattern: 'consumer affairs',
        match: ['Consumer affairs will be hearing about this.'],
        noMatch: ['I went to consumer credit counseling for help.'],
      },
      {
        id: 'legal.utilities-commission',
        pattern: 'utilities commission',
        match: [],
        noMatch: [
          ') Chase Bank utilized predatory tactics to remove mobile deposit from consumers who would most benefit from the feature.',
        ],
      },
      {
        id: 'legal.section-75',
        pattern: 'section 75',
        match: ["I'm making a Section 75 claim with my credit card."],
        noMatch: ['1681 section 602 A.'],
      },
      {
        id: 'legal.report-you-to',
        pattern: 'report ~1 you|this|=company|=firm ~3 to ~2 authorities|police',
        match: ["I'll report you to the police for this."],
        noMatch: ['report you to the council'],
      },
      {
        id: 'legal.consumer-protection-office',
        pattern:
          'consumer protection|rights ~2 (office|agency|authority|bureau|complaint|body|department)?',
        match: [
          'The list of accounts below has violated my federally protected consumer rights to privacy and confidentiality under USC 1681.',
        ],
        noMatch: ['Consumer affairs will be hearing about this.'],
      },
      {
        id: 'legal.better-business-bureau',
        pattern: 'better business bureau',
        match: [],
        noMatch: ['My old insurer was an absolute disgrace, you lot are miles better.'],
      },
      {
        id: 'legal.attorney-general',
        pattern: 'attorney general',
        match: ['I contacted the Alabama attorney generals office for help.'],
        noMatch: [
          'It is a blatant violation of the FCRA & FDCPA I am reopening and submitting my compliant separately the Attorney Generals Office, and the XXXX.',
        ],
      },
      {
        id: 'legal.chargeback',
        pattern: 'chargeback',
        match: ["I'm filing a chargeback."],
        noMatch: [],
      },
      {
        id: 'legal.financial-conduct-authority',
        pattern: 'financial conduct authority',
        match: ["I'm writing to the Financial Conduct Authority about this."],
        noMatch: ['Expect to hear from the Financial Ombudsman about this.'],
      },
      {
        id: 'legal.information-commissioner',
        pattern: 'information commissioner',
        match: [],
        noMatch: ['No disaster, just a delay, the team kept us informed.'],
      },
      {
        id: 'legal.trade-commission',
        pattern: 'trade commission',
        match: [],
        noMatch: ['We have been unable to trade since the update.'],
      },
      {
        id: 'legal.financial-ombudsman',
        pattern: 'financial ombudsman',
        match: ['Expect to hear from the Financial Ombudsman about this.'],
        noMatch: ["I'm writing to the Financial Conduct Authority about this."],
      },
      {
        id: 'legal.charge-back-card',
        pattern: 'charge back ~3 card|bank|payment|credit',
        match: [],
        noMatch: ['Charged twice AGAIN.'],
      },
      {
        id: 'legal.data-protection-authority',
        pattern: 'data protection ~2 authority|complaint|regulator|officer',
        match: [],
        noMatch: ["Please cancel the extra data bolt-on from next month, I don't need it anymore."],
      },
    ],
  ),
  // A charge reversed through the card issuer is a chargeback, whatever the customer calls it.
  ...family(
    'legal_threat',
    {
      requires: 'bank|card|credit|issuer|visa|mastercard|amex|paypal',
    },
    [
      {
        id: 'legal.reverse-charge',
        pattern: 'reverse|dispute|=claw ~3 charge|payment|transaction|back',
        match: ["I'm contacting my bank to reverse the charge."],
        noMatch: ['I disputed a transaction in the app and it was fixed.'],
      },
      {
        id: 'legal.report-card-fraud',
        pattern: 'report ~5 card|bank|issuer ~3 fraud|fraudulent|unauthorised|unauthorized',
        match: ['I will be reporting this to my credit card company as a fraudulent charge.'],
        noMatch: ['report you to the council'],
      },
    ],
  ),
  ...family('legal_threat', { unless: PAPERWORK }, [
    {
      id: 'legal.my-lawyer-touch',
      pattern: `my|our ${LAWYER} ~4 touch|contact|call|write|letter|involved|hear|dealing|handle|advised|looking|instructed|aware`,
      match: ['My solicitor will be in touch.'],
      noMatch: ["My parcel's late."],
    },
    {
      id: 'legal.speak-lawyer',
      pattern: `speak|talk|consult|contact|call|get|instruct|hire|involve|pass|forward|refer|hand|take ~4 ${LAWYER}`,
      match: ["I've now involved a solicitor."],
      noMatch: [
        'I called them and told them what happened and I contacted my attorney to file bankruptcy again.',
      ],
    },
    {
      id: 'legal.correspondence-lawyer',
      pattern: `correspondence ~4 ${LAWYER}`,
      match: [],
      noMatch: ['I also asked in writing to receive all correspondence through the mail.'],
    },
    {
      id: 'legal.matter-for-lawyer',
      pattern: `matter|case|issue ~1 for ~3 ${LAWYER}|court`,
      match: [],
      noMatch: ['opens a case but is not urgent: "%s"'],
    },
    {
      id: 'legal.hear-from-my',
      pattern: `hear from my|our ${LAWYER}`,
      match: ["You'll be hearing from my lawyers."],
      noMatch: ['Consumer affairs will be hearing about this.'],
    },
    {
      id: 'legal.involved-a-lawyer',
      pattern: `involved|=instructed|=engaged|=hired|=consulted ~2 a|my|our ${LAWYER}`,
      match: ["I've now involved a solicitor."],
      noMatch: ["There's no need to get a manager involved, the agent was great."],
    },
  ]),
];

export { LEGAL_RULES };
