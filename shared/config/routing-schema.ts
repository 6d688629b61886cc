import { z } from 'zod';
import { ChatChannelSchema } from './chat-schema.js';

/** Lower-case identifiers used as segment and tier names (they become SNS topic names and attributes). */
const NameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, {
  error: 'expected a lower-case name (a-z, 0-9, -), max 40 chars',
});

const positiveNumber = { error: 'expected a positive number' } as const;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM (24h)' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

// Intl's canonical zone names, read on first use: about 2 ms, where the first DateTimeFormat
// built in a process takes about 15 ms (a sixteenth of `advocacy score`'s start).
let canonicalZones: ReadonlySet<string> | undefined;

/** True for a time zone Intl knows (IANA names such as Europe/London). */
const isTimeZone = (zone: string): boolean => {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  // Aliases and other spellings Intl accepts ("UTC", "US/Eastern") are not in the list.
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** When non-urgent acknowledgement clocks run: a time zone, working days, hours and holidays. */
const BusinessHoursSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/London' }),
    days: z.array(z.enum(WEEKDAYS)).min(1).default(['mon', 'tue', 'wed', 'thu', 'fri']),
    start: hhmm.default('09:00'),
    end: hhmm.default('17:00'),
    holidays: z.array(isoDate).default([]),
  })
  .refine((hours) => hours.start < hours.end, { error: 'start must be before end', path: ['end'] });

/**
 * How a customer is placed in a segment. Rules are checked in the order segments are listed;
 * the first segment with a matching rule wins (an explicit segment on the signal or the customer
 * record wins over every rule). A segment without `match` is only reachable explicitly or as the default.
 */
const SegmentSchema = z.object({
  name: NameSchema,
  description: z.string().default(''),
  match: z
    .object({
      annualRevenueAtLeast: z.number().positive(positiveNumber).optional(),
      productsAtLeast: z.number().int().positive(positiveNumber).optional(),
      accountIds: z.array(z.string().min(1)).optional(),
      emailDomains: z.array(z.string().min(1)).optional(),
    })
    .optional(),
});

const SubscriptionSchema = z.object({
  name: NameSchema,
  protocol: z.enum(['email', 'sms', 'https', 'sqs']),
  /** Email address, E.164 phone number, https URL, or SQS queue ARN. */
  endpoint: z.string().min(1),
  /** `urgent` delivers only urgent alerts (pagers, SMS); `all` delivers every alert. */
  filter: z.enum(['all', 'urgent']).default('all'),
});

const TierSchema = z.object({
  name: NameSchema,
  description: z.string().default(''),
  segments: z.array(NameSchema).min(1),
  /** false for a standard-operating-procedure queue: cases are recorded but no advocate is alerted. */
  alerts: z.boolean().default(true),
  sla: z.object({
    /** Urgent cases are paged 24x7: wall-clock minutes to acknowledge. */
    urgentMinutes: z.number().positive(positiveNumber),
    /** Non-urgent cases: minutes to acknowledge, counted only inside business hours. */
    nonUrgentBusinessMinutes: z.number().positive(positiveNumber),
  }),
  /** Overrides the top-level business hours for this tier. */
  businessHours: BusinessHoursSchema.optional(),
  /** Tier name, `management`, or null for the end of the escalation chain. */
  escalateTo: z.string().nullable().default(null),
  subscriptions: z.array(SubscriptionSchema).default([]),
  /** Slack and Microsoft Teams channels alerted through Amazon Q Developer in chat applications. */
  chat: z.array(ChatChannelSchema).default([]),
});

const ManagementSchema = z.object({
  subscriptions: z.array(SubscriptionSchema).default([]),
  /** Weekly review e-mail schedule (EventBridge cron, UTC). */
  reviewSchedule: z.string().default('cron(0 7 ? * MON *)'),
});

const EscalationSchema = z.object({
  /** How often the sweep looks for unacknowledged cases past their deadline. */
  sweepMinutes: z.number().int().positive(positiveNumber).default(5),
  /** Escalations per case at most; a bound on walking up the chain. */
  maxLevels: z.number().int().min(1).max(5).default(2),
});

type BusinessHours = z.infer<typeof BusinessHoursSchema>;
type Segment = z.infer<typeof SegmentSchema>;
type Subscription = z.infer<typeof SubscriptionSchema>;
type Tier = z.infer<typeof TierSchema>;
type Weekday = (typeof WEEKDAYS)[number];

export {
  BusinessHoursSchema,
  isTimeZone,
  EscalationSchema,
  ManagementSchema,
  NameSchema,
  SegmentSchema,
  SubscriptionSchema,
  TierSchema,
  WEEKDAYS,
};
export type { BusinessHours, Segment, Subscription, Tier, Weekday };
