import { z } from 'zod';
import { RATING_SCALES, type RatingScale } from '../scoring/assessment.js';
import { SOURCE_NAMES } from '../config/sources-schema.js';

/** Valid value ranges per scale; a rating outside its scale is a schema violation. */
const SCALE_RANGES = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  ten: [1, 10],
  binary: [0, 1],
  sentiment: [-5, 5],
} as const satisfies Record<RatingScale, readonly [number, number]>;

/** Whether a rating lies within its scale's range. */
const withinScale = (value: number, scale: RatingScale): boolean =>
  value >= SCALE_RANGES[scale][0] && value <= SCALE_RANGES[scale][1];

/** A respondent picks a point of the scale; only a sentiment score is measured between points. */
const isScalePoint = (value: number, scale: RatingScale): boolean =>
  scale === 'sentiment' || Number.isInteger(value);

const NOT_A_SCALE_POINT = 'rating value must be a whole point of its scale';

const RatingSchema = z
  .object({ value: z.number(), scale: z.enum(RATING_SCALES) })
  .refine(({ value, scale }) => withinScale(value, scale), {
    error: 'rating value outside its scale',
    path: ['value'],
  })
  .refine(({ value, scale }) => isScalePoint(value, scale), {
    error: NOT_A_SCALE_POINT,
    path: ['value'],
  });

const TurnSchema = z.object({
  role: z.enum(['customer', 'agent']),
  text: z.string(),
  at: z.iso.datetime({ offset: true }).optional(),
});

// Each identity becomes part of a DynamoDB key (the customer key, an identity item), and a sort
// key holds at most 1,024 bytes: 256 UTF-16 units are at most 768 bytes of UTF-8. Longer, a
// signal was accepted and then failed every delivery, holding up the customer's later signals.
const IDENTITY_MAX = 256;
const identity = z.string().max(IDENTITY_MAX);

const CustomerSchema = z.object({
  id: identity.min(1).optional(),
  email: identity.min(3).optional(),
  name: identity.optional(),
  accountId: identity.min(1).optional(),
  accountName: identity.optional(),
  segment: identity.optional(),
});

/**
 * The contract between ingest and detect: one survey response or support transcript, from any
 * source, normalized. `sourceEventId` (with `source`) makes redelivery idempotent.
 */
const SignalSchema = z.object({
  source: z.enum(SOURCE_NAMES),
  sourceEventId: z.string().min(1).max(512),
  kind: z.enum(['survey', 'transcript']),
  customer: CustomerSchema.refine(
    (customer) =>
      customer.id !== undefined || customer.email !== undefined || customer.accountId !== undefined,
    { error: 'at least one of customer id, email or account id is required' },
  ),
  rating: RatingSchema.nullable(),
  /** Survey comment; "" for transcripts, whose words are in `turns`. */
  text: z.string(),
  turns: z.array(TurnSchema),
  submittedAt: z.iso.datetime({ offset: true }),
  receivedAt: z.iso.datetime({ offset: true }),
  /** Source-specific extras (form id, survey name, Contact Lens categories); never personal data. */
  metadata: z.record(z.string(), z.unknown()).default({}),
});

type Signal = z.infer<typeof SignalSchema>;
type SignalCustomer = Signal['customer'];

/**
 * The key a customer's cases and queue messages are grouped by. The account comes first: in B2B
 * the customer is the account, so two people of one account complaining about one outage join one
 * case. Then the customer id, then the e-mail address, lower-cased so one person is one customer.
 */
const customerKey = (customer: SignalCustomer): string => {
  if (customer.accountId !== undefined) return `account:${customer.accountId}`;
  if (customer.id !== undefined) return `id:${customer.id}`;
  return `email:${(customer.email ?? '').toLowerCase()}`;
};

/** The idempotency key of a signal: one source event is at most one case change and one alert. */
const signalId = (signal: Pick<Signal, 'source' | 'sourceEventId'>): string =>
  `${signal.source}:${signal.sourceEventId}`;

export {
  customerKey,
  IDENTITY_MAX,
  isScalePoint,
  NOT_A_SCALE_POINT,
  RatingSchema,
  SCALE_RANGES,
  SignalSchema,
  signalId,
  TurnSchema,
  withinScale,
};
export type { Signal, SignalCustomer };
