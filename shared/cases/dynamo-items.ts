import type { Assessment } from '../scoring/assessment.js';
import type { Signal } from '../sources/signal.js';
import type { SignalText } from './case-store.js';
import type { CustomerRecord } from './customer.js';
import { ENTITIES, type AdvocacyCase, type CaseEvent, type CaseSignal } from './model.js';
import { keys, TTL_ATTRIBUTE } from './table.js';

type Item = Record<string, unknown>;

const DAY_SECONDS = 86_400;
const month = (instant: string): string => instant.slice(0, 7);

/** DynamoDB TTL's value: epoch seconds `days` after `now`. */
const expiry = (now: Date, days: number): number =>
  Math.floor(now.getTime() / 1000) + days * DAY_SECONDS;

/**
 * Index keys of a case, derived from its state alone so every write keeps them right:
 * the tier queue by status, the customer's history, the month it opened, and the sparse `due`
 * entry that exists only while nobody acknowledged and escalation has somewhere to go.
 */
const caseIndexKeys = (value: AdvocacyCase): Item => ({
  gsi1pk: `QUEUE#${value.tier}#${value.status}`,
  gsi1sk: `${value.openedAt}#${value.id}`,
  gsi2pk: `CUSTOMER#${value.customer.key}`,
  gsi2sk: `${value.openedAt}#${value.id}`,
  ...(value.status === 'open' && value.escalationEnded !== true
    ? { gsi3pk: 'DUE', gsi3sk: `${value.ackDeadline}#${value.id}` }
    : {}),
  gsi4pk: `MONTH#${month(value.openedAt)}`,
  gsi4sk: `${value.openedAt}#${value.id}`,
  ...(value.escalatedTo !== undefined && value.escalatedTo !== value.tier
    ? {
        gsi5pk: `QUEUE#${value.escalatedTo}#${value.status}`,
        gsi5sk: `${value.openedAt}#${value.id}`,
      }
    : {}),
});

const caseItem = (value: AdvocacyCase): Item => ({
  ...keys.case(value.id),
  entity: ENTITIES.case,
  ...value,
  ...caseIndexKeys(value),
});

const STORAGE_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'entity',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'gsi4pk',
  'gsi4sk',
  'gsi5pk',
  'gsi5sk',
]);

/** Drops keys and bookkeeping attributes: what is left is the domain object as it was written. */
const stripStorage = (item: Item): Item =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !STORAGE_ATTRIBUTES.has(name)));

// Items are written only by this module's builders from typed domain objects, so reading them
// back as those types is sound without a schema.
const caseFromItem = (item: Item): AdvocacyCase => stripStorage(item) as unknown as AdvocacyCase;

const eventFromItem = (item: Item): CaseEvent => {
  const { case: _snapshot, ...event } = stripStorage(item);
  return event as unknown as CaseEvent;
};

const signalFromItem = (item: Item): CaseSignal => {
  const { caseId: _caseId, ...signal } = stripStorage(item);
  return signal as unknown as CaseSignal;
};

const signalTextFromItem = (item: Item): SignalText => {
  const { signalId, text, turns, triggers } = item as unknown as SignalText;
  return { signalId, text, turns, triggers };
};

const customerFromItem = (item: Item): CustomerRecord =>
  stripStorage(item) as unknown as CustomerRecord;

/** The timeline entry with the case snapshot: what notify reads from the stream. */
const eventItem = (event: CaseEvent, snapshot: AdvocacyCase): Item => ({
  ...keys.caseEvent(event.caseId, Number(event.eventId)),
  entity: ENTITIES.caseEvent,
  ...event,
  case: snapshot,
});

const caseSignalItem = (caseId: string, signal: CaseSignal): Item => ({
  ...keys.caseSignal(caseId, signal.signalId),
  entity: ENTITIES.caseSignal,
  caseId,
  ...signal,
});

interface AssessmentFacts {
  readonly signalId: string;
  readonly signal: Signal;
  readonly assessment: Assessment;
  readonly customerKey: string;
  readonly now: Date;
  readonly caseId?: string | undefined;
}

/**
 * Every accepted signal's assessment, without the customer's words (those live in the TEXT
 * item, which expires). One that opened or joined no case expires after `keptDays`; one on a
 * case has no expiry, as the case has none. Not indexed: no query reads assessments by month,
 * and the index copy was a third of a plain signal's write units.
 */
const assessmentItem = (facts: AssessmentFacts, keptDays: number): Item => {
  const { signal, assessment, now } = facts;
  return {
    ...keys.assessment(facts.signalId),
    entity: ENTITIES.assessment,
    signalId: facts.signalId,
    source: signal.source,
    sourceEventId: signal.sourceEventId,
    kind: signal.kind,
    customerKey: facts.customerKey,
    submittedAt: signal.submittedAt,
    receivedAt: signal.receivedAt,
    recordedAt: now.toISOString(),
    rating: signal.rating,
    openCase: assessment.openCase,
    urgent: assessment.urgent,
    level: assessment.level,
    score: assessment.score,
    triggers: assessment.triggers.map(({ category, start, end, turn }) => ({
      category,
      start,
      end,
      turn,
    })),
    caseId: facts.caseId,
    ...(facts.caseId === undefined ? { [TTL_ATTRIBUTE]: expiry(now, keptDays) } : {}),
  };
};

/** The raw words, kept `rawTextDays` and then removed by DynamoDB TTL (epoch seconds). */
const assessmentTextItem = (
  facts: Pick<AssessmentFacts, 'signalId' | 'signal' | 'assessment' | 'now'>,
  rawTextDays: number,
): Item => ({
  ...keys.assessmentText(facts.signalId),
  entity: ENTITIES.assessmentText,
  signalId: facts.signalId,
  text: facts.signal.text,
  turns: facts.signal.turns,
  triggers: facts.assessment.triggers,
  [TTL_ATTRIBUTE]: expiry(facts.now, rawTextDays),
});

const customerItem = (aliasKey: string, record: CustomerRecord): Item => ({
  ...keys.customer(aliasKey),
  entity: ENTITIES.customer,
  ...record,
});

export {
  assessmentItem,
  assessmentTextItem,
  caseFromItem,
  caseItem,
  caseSignalItem,
  customerFromItem,
  customerItem,
  eventFromItem,
  eventItem,
  expiry,
  signalFromItem,
  signalTextFromItem,
};
export type { AssessmentFacts, Item };
