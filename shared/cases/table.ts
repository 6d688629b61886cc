/**
 * The cases table: one DynamoDB table, single-table design. Infra (CDK) and the local stack
 * (CreateTable on DynamoDB Local) both build it from these constants, so the two never drift.
 *
 * | item                | pk                        | sk                       | notes                                   |
 * |---------------------|---------------------------|--------------------------|-----------------------------------------|
 * | case                | `CASE#<caseId>`           | `CASE`                   | gsi1 queue, gsi2 customer, gsi3 due, gsi4 month |
 * | case event          | `CASE#<caseId>`           | `EVENT#<version:6>`      | the timeline, and the alerting outbox   |
 * | case signal         | `CASE#<caseId>`           | `SIGNAL#<signalId>`      | a signal that joined the case           |
 * | open-case slot      | `CUSTOMER#<customerKey>`  | `OPEN`                   | at most one active case per customer    |
 * | last closed case    | `CUSTOMER#<customerKey>`  | `LAST_CLOSED`            | links a recurrence to its predecessor   |
 * | customer record     | `CUSTOMER#<customerKey>`  | `PROFILE`                | segmentation attributes (CSV import)    |
 * | assessment          | `SIGNAL#<signalId>`       | `ASSESSMENT`             | every accepted signal; idempotency key; expires (TTL) unless on a case |
 * | assessment text     | `SIGNAL#<signalId>`       | `TEXT`                   | raw customer words; expires (TTL)       |
 * | alert marker        | `ALERT#<caseId>#<eventId>`| `ALERT`                  | notify's dedupe of stream redelivery    |
 * | customer identity   | `IDENTITY#<term>`         | `<customerKey>`          | finds a customer by id, e-mail or name  |
 */
const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** DynamoDB TTL attribute (epoch seconds). */
const TTL_ATTRIBUTE = 'expiresAt';

/**
 * Secondary indexes, each with string keys and ALL projection.
 * - queue: an advocate tier's queue by status, oldest first (`QUEUE#<tier>#<status>`, `<openedAt>#<caseId>`).
 * - customer: a customer's cases over time (`CUSTOMER#<customerKey>`, `<openedAt>#<caseId>`).
 * - due: sparse; unacknowledged cases by deadline for the escalation sweep (`DUE`, `<ackDeadline>#<caseId>`),
 *   present only while the case is `open` and escalation has not reached the end of its chain.
 * - month: cases by the month they opened, for the management review (`MONTH#<YYYY-MM>`, `<openedAt>#<caseId>`).
 * - escalated: sparse; a case escalated to another tier, in that tier's queue by status
 *   (`QUEUE#<escalatedTo>#<status>`, `<openedAt>#<caseId>`), so it shows in both queues.
 */
const TABLE_INDEXES = [
  { name: 'queue', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'customer', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'due', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  { name: 'month', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  { name: 'escalated', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
] as const;

type TableIndexName = (typeof TABLE_INDEXES)[number]['name'];
type TableIndex = (typeof TABLE_INDEXES)[number];

/** The secondary index called `name`, with its key attribute names. */
const tableIndex = (name: TableIndexName): TableIndex => {
  const found = TABLE_INDEXES.find((index) => index.name === name);
  if (found === undefined) throw new Error(`unknown index ${name}`);
  return found;
};

const keys = {
  case: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' }),
  caseEvent: (caseId: string, version: number) => ({
    pk: `CASE#${caseId}`,
    sk: `EVENT#${eventIdOf(version)}`,
  }),
  caseSignal: (caseId: string, signalId: string) => ({
    pk: `CASE#${caseId}`,
    sk: `SIGNAL#${signalId}`,
  }),
  openSlot: (customerKey: string) => ({ pk: `CUSTOMER#${customerKey}`, sk: 'OPEN' }),
  lastClosed: (customerKey: string) => ({ pk: `CUSTOMER#${customerKey}`, sk: 'LAST_CLOSED' }),
  customer: (customerKey: string) => ({ pk: `CUSTOMER#${customerKey}`, sk: 'PROFILE' }),
  assessment: (signalId: string) => ({ pk: `SIGNAL#${signalId}`, sk: 'ASSESSMENT' }),
  assessmentText: (signalId: string) => ({ pk: `SIGNAL#${signalId}`, sk: 'TEXT' }),
  identity: (term: string, customerKey: string) => ({ pk: `IDENTITY#${term}`, sk: customerKey }),
  alertMarker: (caseId: string, eventId: string) => ({
    pk: `ALERT#${caseId}#${eventId}`,
    sk: 'ALERT',
  }),
} as const;

/** Event ids are the case version they produced, zero-padded so they sort. */
const eventIdOf = (version: number): string => String(version).padStart(6, '0');

export { eventIdOf, keys, TABLE_INDEXES, TABLE_KEYS, tableIndex, TTL_ATTRIBUTE };
export type { TableIndexName };
