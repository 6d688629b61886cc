import { z } from 'zod';
import { CASE_STATUSES, type AdvocacyCase } from '../cases/model.js';
import { MAX_CURSOR_CHARS } from '../casework/request-schemas.js';

// A filter the page cannot read is dropped on its own, never with the others: when one value
// failed the whole query, a real cursor over the filters' 100 characters made "Next page" show
// the first tier's first page.
const optionalUpTo = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .catch(undefined);

const optional = optionalUpTo(100);
// A cursor holds a page's start keys, a few hundred characters.
const cursor = optionalUpTo(MAX_CURSOR_CHARS);

/** The queue page's query: which tier and status, urgency, and filters over the listed cases. */
const QueueFiltersSchema = z.object({
  tier: optional,
  status: z
    .union([z.enum(CASE_STATUSES), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .catch(undefined),
  urgency: z
    .union([z.enum(['urgent', 'normal']), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .catch(undefined),
  segment: optional,
  trigger: optional,
  source: optional,
  urgentCursor: cursor,
  cursor,
});

type QueueFilters = z.infer<typeof QueueFiltersSchema>;

const parseQueueFilters = (query: Readonly<Record<string, string | undefined>>): QueueFilters =>
  QueueFiltersSchema.parse(query);

/**
 * Segment, trigger and source narrow the page that was read (the queue index is by tier and
 * status), so a filtered page may hold fewer cases than the page size.
 */
const matchesFilters = (item: AdvocacyCase, filters: QueueFilters): boolean =>
  (filters.segment === undefined || item.segment === filters.segment) &&
  (filters.trigger === undefined ||
    item.triggers.some((trigger) => trigger === filters.trigger?.replace(/ /g, '_'))) &&
  (filters.source === undefined ||
    item.evidence.some((trigger) => trigger.signalId.startsWith(`${filters.source ?? ''}:`)));

export { matchesFilters, parseQueueFilters };
export type { QueueFilters };
