import type { AlertRecord } from './target.js';

const AGREE_EXIT =
  'Agree with the customer what success looks like and when you will step back: the issue ' +
  'resolved AND an irreversible corrective action in place. Record both on the case.';
const PLAN =
  'Build the get-well plan (actions, owners, dates; a mitigating service while the fix lands) ' +
  'and keep the customer updated until they agree the case can close.';

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/**
 * What the Customer Advocacy method says to do next, for the event the alert is about. Urgent
 * cases are engaged at once, at any hour; the others within business hours. Engagement always
 * starts by agreeing success criteria and the disengagement condition, so no case stays open
 * without an end.
 */
const nextSteps = (record: AlertRecord): string[] => {
  const { urgent } = record.case;
  const engage = urgent
    ? 'Engage now, at any hour: call the customer, acknowledge the case and own it until it closes.'
    : 'Contact the customer within business hours and acknowledge the case before the deadline.';
  switch (record.type) {
    case 'severity_raised': {
      const reasons = listOf(record.details?.reasons).map((reason) => reason.replace(/_/g, ' '));
      return [
        `The case became more severe${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}. ${
          urgent
            ? 'Contact the customer again now, at any hour.'
            : 'Contact the customer again today.'
        }`,
        'Check the success criteria and the get-well plan against the new triggers; involve ' +
          'management (and legal, for a legal threat) if they no longer hold.',
        PLAN,
      ];
    }
    case 'escalated': {
      const from = typeof record.details?.from === 'string' ? record.details.from : 'the tier';
      return [
        `Take the case now: ${from} did not acknowledge it in time. Acknowledge it or assign an advocate.`,
        engage,
        AGREE_EXIT,
      ];
    }
    default:
      return [engage, AGREE_EXIT, PLAN];
  }
};

export { nextSteps };
