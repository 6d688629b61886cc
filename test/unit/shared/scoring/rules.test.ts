import { beforeAll, describe, expect, it } from 'vitest';
import type { TriggerCategory } from '../../../../shared/scoring/assessment.js';
import { DetectionSchema } from '../../../../shared/config/detection-schema.js';
import { createDetector, detectorFor, type Detector } from '../../../../shared/scoring/detector.js';
import { categoriesOf as categoriesIn, exampleDetector, survey } from './example-detector.js';

let detector: Detector;

beforeAll(async () => {
  detector = await exampleDetector();
});

const categoriesOf = (text: string): TriggerCategory[] => categoriesIn(detector, text);

// One row per rule: a sentence that must fire the category, in wording of our own.
const POSITIVE: readonly [TriggerCategory, string][] = [
  ['churn_threat', 'We will not be renewing when the contract is up.'],
  ['churn_threat', 'Time to find another provider, honestly.'],
  ['churn_threat', "I'm moving my savings elsewhere."],
  ['churn_threat', 'if the bill is wrong again we are switching to another supplier'],
  ['churn_threat', 'Consider us gone, we are done.'],
  ['churn_threat', 'Please close all of our accounts, this has been a farce.'],
  ['churn_threat', 'gonna cancle the whole contract'],
  ['churn_threat', 'Never shopping with you again.'],
  ['churn_threat', "You've just lost a loyal customer."],
  ['churn_threat', "We're moving to Acme Cloud next quarter."],
  ['churn_threat', 'Our board wants us to evaluate alternative vendors.'],
  ['legal_threat', 'I will be taking legal action.'],
  ['legal_threat', 'My solicitor will be in touch.'],
  ['legal_threat', 'Reported you to Trading Standards this morning.'],
  ['legal_threat', "I'm filing a chargeback."],
  ['legal_threat', 'This is going to the ombudsman.'],
  ['legal_threat', 'See you in small claims court.'],
  ['legal_threat', 'I asked my card issuer to reverse the payment.'],
  ['churn_threat', 'We will not be continuing with you next year.'],
  ['churn_threat', "I'm off to a different supplier."],
  ['repeat_contact', "I've lost count of how many times I've emailed."],
  ['escalation_request', 'I need someone with actual authority.'],
  ['escalation_request', 'Put me through to your supervisor.'],
  ['escalation_request', 'I want this escalated today.'],
  ['escalation_request', 'Who can I complain to about this?'],
  ['escalation_request', 'Find me somebody in charge.'],
  ['escalation_request', 'get me a supervisr'],
  ['escalation_request', 'We would like a customer advocate assigned.'],
  ['repeat_contact', "I've called nine times."],
  ['repeat_contact', 'Spoke to like 4 ppl and nobody knew.'],
  ['repeat_contact', 'This is the fifth time I am explaining this.'],
  ['repeat_contact', 'Passed from pillar to post for a week.'],
  ['repeat_contact', 'I keep having to chase you.'],
  ['repeat_contact', 'Every agent makes me start from scratch.'],
  ['repeat_contact', 'Several calls and still nothing.'],
  ['repeat_contact', 'They closed it with no warning and I called three times for an answer.'],
  ['repeat_contact', 'I contacted Acme Inc. multiple times about the fee.'],
  // Three separate reports of getting in touch, counted across sentences.
  [
    'repeat_contact',
    'I called on Monday about the fee. I emailed the billing team on Tuesday. I wrote to the manager on Friday.',
  ],
  ['repeat_contact', 'After no reply I emailed support four times.'],
  ['business_impact', 'Our checkout is down and we cannot take orders.'],
  ['business_impact', 'Production has ground to a halt.'],
  ['business_impact', 'We are losing revenue every hour.'],
  ['business_impact', 'Our engineers cannot access the servers.'],
  ['business_impact', 'The Advocacy Portal is down for all of us.'],
  ['business_impact', 'We have been unable to trade since the update.'],
  // An intention told to the company is the threat made, not one given up.
  ['legal_threat', 'I told them I was going to report them to the CFPB.'],
  // "said" as the legal adjective reports nobody's words.
  ['legal_threat', 'Without proof of said investigation I will file a civil suit.'],
  // What someone said ends at "but": the customer's own clause follows.
  [
    'escalation_request',
    'They keep saying it is fixed but when I ask to speak to a supervisor they hang up.',
  ],
  // "If not" compares; it sets no condition.
  ['strong_negative', 'There are hundreds if not thousands of reviews of their predatory habits.'],
  // ... and denies nothing.
  ['strong_negative', 'Their charges are unfair if not criminal.'],
  // A negator followed by a new subject governs its own verb, not the clause after it.
  ['strong_negative', 'I did not realise that this is fraud.'],
  ['strong_negative', 'The figure is not accurate and this is fraud.'],
  // A report verb without a subject is the customer's, at a sentence start or joined to the
  // customer's verb; so are the customer's own writings.
  ['legal_threat', 'So said I will be contacting the attorney general.'],
  ['escalation_request', 'I went into the branch and said I wanted to speak to someone in charge.'],
  ['legal_threat', 'My complaint stated I was taking legal action.'],
  // What someone said ends at a clause of the customer's own, or the customer's comment on it.
  ['escalation_request', 'They said it was fixed and I want a supervisor.'],
  ['legal_threat', 'They said it was fixed and I will be contacting the attorney general.'],
  ['strong_negative', 'They keep saying the letter was posted, which is a lie.'],
  // An amount is approximate after "nearly", "the thought" is a noun, "going through" intends
  // nothing: none of them is hypothetical.
  ['repeat_contact', 'Over nearly two hours I was told by 4 representatives that it was fixed.'],
  ['strong_negative', 'The thought of paying them infuriated me.'],
  ['repeat_contact', 'The world was going through a crisis and I made so many calls to them.'],
  // A refusal the customer was dealt tells of the customer's request, whoever reports it.
  ['escalation_request', "They told me I can't speak to a supervisor."],
  ['escalation_request', 'The agent said she refused to put me through to a manager.'],
  // "have" with a participle is done, unless after a modal (below).
  ['churn_threat', 'We have switched to another provider.'],
  // A threat the customer made, or told the company of, is made.
  ['legal_threat', 'I had to threaten him with a complaint to the CFPB before he sent it.'],
  ['legal_threat', 'I also indicated that I was going to report them to the CFPB.'],
  // ... and so is one joined by "and" to the customer's other verbs, however long the list.
  [
    'legal_threat',
    'I had to spend two weeks on the phone, visit the store twice, write to the manufacturer and ' +
      'threaten legal action before they replaced the boiler.',
  ],
  // A participle's speaker is the subject of its clause.
  [
    'legal_threat',
    'I rang the clinic four times and emailed them telling them I will be contacting my attorney.',
  ],
  ['strong_negative', 'Utterly appalling.'],
  ['strong_negative', 'This is an absolute joke.'],
  ['strong_negative', 'ABSOLUTELY TERRIBLE'],
  ['strong_negative', 'Awful!'],
  ['strong_negative', 'Terrible service from start to finish.'],
  ['strong_negative', 'The most incompetent company I have dealt with.'],
  ['strong_negative', "I'm not sure if they are deceitful or just incompetent."],
  ['strong_negative', 'I wonder whether your billing team is simply incompetent.'],
];

// The traps: the same words, negated, hypothetical, transactional, reported or about others.
const NEGATIVE: readonly [TriggerCategory, string][] = [
  ['churn_threat', 'I would never cancel my plan.'],
  ['churn_threat', 'Cancel order 5521 please.'],
  ['churn_threat', 'Please cancel the add-on, keep the rest.'],
  ['churn_threat', 'We switched to you from our old bank.'],
  ['churn_threat', 'I was going to cancel my contract, but you fixed it.'],
  ['churn_threat', "If I ever cancel my subscription I'll tell you why."],
  ['churn_threat', 'I asked if I could cancel the add-on only.'],
  ['churn_threat', 'I am done with the form, thanks.'],
  ['churn_threat', 'I need to cancel my appointment.'],
  ['legal_threat', 'Our lawyer needs the signed agreement.'],
  ['legal_threat', 'My neighbour is suing her builder.'],
  ['legal_threat', "The shop told me 'we will sue you' but that was another company."],
  ['legal_threat', 'My old bank threatened to sue me.'],
  ['escalation_request', 'No need to escalate, all fixed.'],
  ['escalation_request', 'Can I talk to a manager about volume pricing?'],
  ['escalation_request', 'Please escalate my feature request for exports.'],
  ['escalation_request', 'Our account manager is great.'],
  // Exports that split contractions ("do n't", "is n't") still negate.
  ['escalation_request', "I do n't want to speak to a manager, just fix the fee."],
  ['strong_negative', "It is n't a disaster, the refund came."],
  ['repeat_contact', 'I called twice.'],
  ['repeat_contact', 'The app crashed five times.'],
  ['repeat_contact', 'The agent said I was the third person asking today.'],
  ['repeat_contact', 'Can you explain that again?'],
  ['repeat_contact', 'There was no need to call them three times, it was fixed.'],
  // Two contacts, each read by more than one rule, and contacts that were not the customer's.
  [
    'repeat_contact',
    'I called the bank and complained about the fee. Then I called them again about the card.',
  ],
  [
    'repeat_contact',
    'I was contacted by the bank. The agent I spoke with was kind. I called them back later.',
  ],
  ['business_impact', 'Our site will be down for planned maintenance.'],
  ['business_impact', "Our site isn't down, it was my browser."],
  ['business_impact', "If I did n't take this loan out I would have no money to pay my rent."],
  ['business_impact', 'The outage was our own router, nothing to do with you.'],
  ['business_impact', "If our site ever went down I'd call you."],
  ['strong_negative', 'Not the worst, just slow.'],
  ['strong_negative', 'It was not a disaster at all.'],
  ['strong_negative', "I'm furious I didn't join you sooner."],
  ['strong_negative', 'My previous provider was a disgrace.'],
  ['legal_threat', 'I disputed a transaction in the app and it was fixed.'],
  // A web address is one word: the regulator inside it is named by nobody.
  ['legal_threat', 'I found out I need to visit www.ftc.gov for the form.'],
  ['churn_threat', 'I walked away from the counter with my parcel.'],
  ['business_impact', 'The hotel lost our booking.'],
  ['strong_negative', 'The weather was terrible but the hotel was fine.'],
  ['strong_negative', 'The coffee was bad but the cafe is not yours.'],
  // Verbs of saying and believing pass their negation to the clause after them.
  ['strong_negative', 'I do not think this is fraud.'],
  ['strong_negative', "I'm not saying this is fraud."],
  ['strong_negative', 'They are not criminal, just slow.'],
  // A question after a negated verb stays open.
  ['strong_negative', "I don't know if this is fraud."],
  // A report verb with a speaker of its own, and a report that goes on after "and I would".
  ['legal_threat', 'She said they will be contacting the attorney general.'],
  ['escalation_request', 'The agent came back and said I should speak to someone in charge.'],
  ['escalation_request', 'I called and the agent then said I should speak to someone in charge.'],
  ['escalation_request', 'In my letter they said I should speak to someone in charge.'],
  ['legal_threat', 'My neighbour stated she was taking legal action.'],
  ['escalation_request', 'They said it was fixed and I would have to ask for a supervisor.'],
  ['strong_negative', 'They keep saying it is a lie.'],
  // A report in the present: a bare verb after someone else's pronoun, or a participle.
  ['strong_negative', 'They say the courier is horrible at delivering parcels.'],
  ['strong_negative', 'He also claims the engineer was incompetent.'],
  ['escalation_request', 'The gym rang claiming I must speak to a manager.'],
  ['strong_negative', 'The courier left a note stating the parcel service is absolutely useless.'],
  ['strong_negative', 'My neighbour keeps telling everyone the builder is a total scam.'],
  ['legal_threat', 'The agency wrote to me and threatened to take me to court.'],
  // A refusal reported is the customer's only when it refuses the customer.
  ['churn_threat', "They said they won't renew my policy."],
  // Still hypothetical: a near miss, a thought, an intention, a threat received or imagined.
  ['business_impact', 'I had to get food stamps and almost lost my house.'],
  ['strong_negative', 'I thought the letter was a joke at first.'],
  ['repeat_contact', 'I was going to make many calls but it was fixed.'],
  ['legal_threat', 'I was threatened with a complaint to the CFPB.'],
  ['legal_threat', "I thought I'd have to threaten to report them to the CFPB."],
  ['legal_threat', 'I was going to report them to the CFPB but they fixed it.'],
  // A modal's past tells what was not done.
  ['churn_threat', 'I could have switched to another provider last year.'],
  ['churn_threat', "I should've switched to another provider."],
];

describe('detector rules', () => {
  it.each(POSITIVE)('fires %s on "%s"', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(NEGATIVE)('does not fire %s on "%s"', (category, text) => {
    expect(categoriesOf(text)).not.toContain(category);
  });
});

describe('detector exceptions', () => {
  it('reads a word an exception names as itself, not as a misspelling of a pattern word', () => {
    // Prepare: "warranty" is close enough to the keyword "warrant" to pass for its misspelling.
    const rules = [
      { id: 'legal.warrant', signal: 'legal_threat', pattern: 'warrant ~2 lawyer' },
      { id: 'churn.cancel', signal: 'churn_threat', pattern: 'cancel', unless: 'warranty' },
    ] as const;
    const thresholds = { extremeScore: 60, watchScore: 30, strongNegativeSentiment: -4 };
    // Act
    const { triggers } = detectorFor(rules, thresholds).assess(
      survey('I will cancel the extended warranty.'),
    );
    // Assess
    expect(triggers).toEqual([]);
  });
});

describe('detector configuration', () => {
  it('adds configured phrases to a category', () => {
    // Prepare
    const configured = createDetector(
      DetectionSchema.parse({ phrases: { legal_threat: ['raise this with the council'] } }),
    );
    // Act
    const { triggers } = configured.assess(survey('I will raise this with the council.'));
    // Assess
    expect(triggers.map((trigger) => [trigger.category, trigger.evidence])).toEqual([
      ['legal_threat', 'raise this with the council'],
    ]);
  });

  it('switches a built-in rule off by its id', () => {
    // Prepare
    const configured = createDetector(
      DetectionSchema.parse({ disabledPhrases: ['escalation.escalate'] }),
    );
    // Act
    const { openCase } = configured.assess(survey('Please escalate.'));
    // Assess
    expect(openCase).toBe(false);
    expect(categoriesOf('Please escalate.')).toEqual(['escalation_request']);
  });

  it('treats a sentiment rating of -4 as extreme and a binary 0 as not', () => {
    // Act
    const sentiment = detector.assess({ ...survey(''), rating: { value: -4, scale: 'sentiment' } });
    const binary = detector.assess({ ...survey(''), rating: { value: 0, scale: 'binary' } });
    // Assess
    expect(sentiment.triggers.map((trigger) => trigger.category)).toEqual(['extreme_rating']);
    expect(binary.triggers).toEqual([]);
  });

  it('reads praise with "too" under a bottom rating as a complaint, pure praise as a slip', () => {
    const oneStar = { value: 1, scale: 'csat' } as const;
    const excess = detector.assess({
      ...survey('Lovely colour and a nice soft fabric, just too short for me.'),
      rating: oneStar,
    });
    const praise = detector.assess({
      ...survey('Lovely colour and a nice soft fabric, it fits me well.'),
      rating: oneStar,
    });
    expect(excess.openCase).toBe(true);
    expect(praise.openCase).toBe(false);
  });

  it('reads repeat contact under a high rating as praise with a quibble, whatever the tone', () => {
    // Arrange
    const text =
      'I called three times before anyone answered, which was annoying, but the team were lovely and it is perfect now.';
    // Act
    const praised = detector.assess({ ...survey(text), rating: { value: 9, scale: 'nps' } });
    const unrated = detector.assess(survey(text));
    const grumbling = detector.assess({
      ...survey('I called three times before anyone answered. Annoying and slow.'),
      rating: { value: 5, scale: 'csat' },
    });
    // Assess
    expect(praised.openCase).toBe(false);
    expect(unrated.openCase).toBe(true);
    expect(grumbling.openCase).toBe(false);
    expect(unrated.triggers.map((trigger) => trigger.category)).toEqual(['repeat_contact']);
  });

  it('reads strong words under a high rating as a quibble even in a negative tone, threats not', () => {
    // Arrange
    const quibble = 'Love the colour, but the fit is so awful and the zipper is dreadful. Sad.';
    const threat =
      'The fit is so awful and the zipper is dreadful. I will never shop with you again.';
    const fourStars = { value: 4, scale: 'csat' } as const;
    // Act
    const rated = detector.assess({ ...survey(quibble), rating: fourStars });
    const unrated = detector.assess(survey(quibble));
    const threatened = detector.assess({ ...survey(threat), rating: fourStars });
    // Assess
    expect(rated.openCase).toBe(false);
    expect(rated.triggers).toEqual([]);
    expect(unrated.triggers.map((trigger) => trigger.category)).toEqual(['strong_negative']);
    expect(threatened.triggers.map((trigger) => trigger.category)).toEqual(['churn_threat']);
  });
});
