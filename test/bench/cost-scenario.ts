// The cost scenario's webhooks (cost-run.ts posts them): a fixed, labelled mix, so the counts
// it measures can be committed and compared.
import type { SampleSource } from '../../infra/local/samples.js';
import type { SignalKind } from '../../shared/cost/usage.js';

/** One webhook of the scenario. `as` repeats an earlier step's delivery (same response id). */
interface Step {
  readonly kind: SignalKind;
  readonly source: SampleSource;
  readonly customer: string;
  readonly segment: 'strategic' | 'standard';
  readonly nps: number;
  readonly comment: string;
  readonly as?: number;
}

const OUTAGE =
  "Our whole site is down right now and we can't take any orders. We are losing money every minute.";
const CHURN =
  'Third time I explain the same billing error to someone new. Fix it this week or we cancel.';

const step = (
  kind: SignalKind,
  source: SampleSource,
  customer: string,
  segment: Step['segment'],
  nps: number,
  comment: string,
): Step => ({ kind, source, customer, segment, nps, comment });

const benign = (source: SampleSource, customer: string, nps: number, comment: string): Step =>
  step('benign', source, customer, 'standard', nps, comment);

/**
 * 20 webhooks: 15 ordinary responses (praise, neutral, mild complaints), 2 that open cases (a
 * strategic customer's urgent outage, a standard customer's churn threat), 2 that join those
 * cases and 1 platform retry of an earlier delivery. Deliberately pessimistic: 1 webhook in 10
 * opens a case and 1 in 10 joins one.
 */
const SCENARIO: readonly Step[] = [
  benign('typeform', 'c1', 9, 'Great support, thanks for the quick answer.'),
  benign('delighted', 'c2', 8, 'Works well for our team.'),
  step('opening', 'generic', 'a', 'strategic', 0, OUTAGE),
  benign('zendesk', 'c3', 7, 'It was fine.'),
  benign('intercom', 'c4', 6, 'The answer took two days but the problem is solved.'),
  step('opening', 'zendesk', 'b', 'standard', 1, CHURN),
  benign('generic', 'c5', 10, 'Love the new dashboard!'),
  benign('typeform', 'c6', 5, 'A bit disappointed with the new pricing page.'),
  step(
    'appending',
    'intercom',
    'a',
    'strategic',
    0,
    'Still down. Nobody can log in and the warehouse is standing still.',
  ),
  benign('delighted', 'c7', 9, 'Smooth onboarding.'),
  benign('generic', 'c8', 8, ''),
  { ...benign('generic', 'c5', 10, 'Love the new dashboard!'), kind: 'duplicate', as: 6 },
  step(
    'appending',
    'typeform',
    'b',
    'standard',
    0,
    'Still waiting. I have explained this billing error three times now.',
  ),
  benign('zendesk', 'c1', 9, 'Thanks, resolved quickly.'),
  benign('intercom', 'c2', 7, 'OK.'),
  benign('typeform', 'c3', 8, 'Good value.'),
  benign('delighted', 'c4', 6, 'Export is slow with large files.'),
  benign('generic', 'c6', 7, 'Fine overall.'),
  benign('zendesk', 'c7', 10, 'Excellent, as always.'),
  benign('intercom', 'c8', 9, 'Quick and friendly.'),
];

/**
 * Run first, unmeasured: every handler's first run in a process is its cold start, and each
 * source's secret is read once and then cached; these warm all five sources and all three
 * pipeline functions.
 */
const WARM_UP: readonly Step[] = [
  benign('generic', 'w1', 9, 'Warm-up.'),
  step('opening', 'generic', 'w2', 'standard', 0, CHURN),
  step('appending', 'typeform', 'w2', 'standard', 0, OUTAGE),
  benign('delighted', 'w3', 9, 'Warm-up.'),
  benign('zendesk', 'w4', 9, 'Warm-up.'),
  benign('intercom', 'w5', 9, 'Warm-up.'),
];

export { SCENARIO, WARM_UP };
export type { Step };
