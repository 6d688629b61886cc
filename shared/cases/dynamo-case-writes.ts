import type { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { customerKey, signalId, type SignalCustomer } from '../sources/signal.js';
import { identityTerms } from './customer-identity.js';
import {
  assessmentItem,
  assessmentTextItem,
  caseItem,
  caseSignalItem,
  eventItem,
  type Item,
} from './dynamo-items.js';
import type { Retention } from './case-store.js';
import type { SignalFacts } from './intake.js';
import type { CaseChange } from './lifecycle.js';
import { ENTITIES, type AdvocacyCase, type CaseCustomer, type CaseSignal } from './model.js';
import { keys } from './table.js';

/** One element of TransactWriteItems, in document-client form. */
type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const NOT_EXISTS = 'attribute_not_exists(pk)';

/**
 * The conditional writes of the cases table, grouped per kind of change. Each builder returns
 * transaction items; the store sends them as one TransactWriteItems, so a change is all or nothing.
 */
const caseWrites = (tableName: string) => {
  const put = (item: Item, condition?: string, values: Item = {}): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: item,
      ...(condition === undefined ? {} : { ConditionExpression: condition }),
      ...(Object.keys(values).length === 0 ? {} : { ExpressionAttributeValues: values }),
    },
  });

  /** The case itself (new, or exactly the version we read) and its event with the snapshot. */
  const caseChange = (change: CaseChange, readVersion: number | undefined): TransactItem[] => [
    readVersion === undefined
      ? put(caseItem(change.case), NOT_EXISTS)
      : put(caseItem(change.case), 'version = :read', { ':read': readVersion }),
    put(eventItem(change.event, change.case), NOT_EXISTS),
  ];

  return {
    caseChange,

    /**
     * The assessment (first: its condition failing means the source event is already recorded)
     * and the raw text; both expire as `retention` says (an assessment on a case never does).
     */
    assessment: (facts: SignalFacts, caseId: string | undefined, retention: Retention) => {
      const base = {
        ...facts,
        signalId: signalId(facts.signal),
        customerKey: customerKey(facts.signal.customer),
        caseId,
      };
      return [
        put(assessmentItem(base, retention.assessmentDays), NOT_EXISTS),
        put(assessmentTextItem(base, retention.rawTextDays), NOT_EXISTS),
      ];
    },

    /**
     * A new case taking the customer's slot. Only an absent slot, or the very slot we read
     * (one left behind by a case that no longer exists), may be replaced.
     */
    open: (change: CaseChange, signal: CaseSignal, slotCaseId: string | undefined) => [
      put(
        {
          ...keys.openSlot(change.case.customer.key),
          entity: ENTITIES.openSlot,
          caseId: change.case.id,
          openedAt: change.case.openedAt,
        },
        slotCaseId === undefined ? NOT_EXISTS : 'caseId = :slotCase',
        slotCaseId === undefined ? {} : { ':slotCase': slotCaseId },
      ),
      ...caseChange(change, undefined),
      put(caseSignalItem(change.case.id, signal), NOT_EXISTS),
    ],

    /** A signal joining the case at the version we read. */
    append: (change: CaseChange, signal: CaseSignal, readVersion: number) => [
      ...caseChange(change, readVersion),
      put(caseSignalItem(change.case.id, signal), NOT_EXISTS),
    ],

    /**
     * What the signal names its customer by, each pointing at the key its cases are grouped
     * under, so a search by e-mail or name finds an account's case. Unconditional items (a
     * repeated put changes nothing), so they are written outside the transaction, at half the
     * units. Terms the case's customer already carries were written when it opened.
     */
    identities: (customer: SignalCustomer, known?: CaseCustomer): Item[] => {
      const recorded = new Set(known === undefined ? [] : identityTerms(known));
      return identityTerms(customer)
        .filter((term) => !recorded.has(term))
        .map((term) => ({
          ...keys.identity(term, customerKey(customer)),
          entity: ENTITIES.customerIdentity,
        }));
    },

    /** Closing frees the customer's slot and remembers the case for a recurrence to link to. */
    close: (closed: AdvocacyCase): TransactItem[] => [
      {
        Delete: {
          TableName: tableName,
          Key: keys.openSlot(closed.customer.key),
          ConditionExpression: 'caseId = :caseId',
          ExpressionAttributeValues: { ':caseId': closed.id },
        },
      },
      put({
        ...keys.lastClosed(closed.customer.key),
        entity: ENTITIES.lastClosed,
        caseId: closed.id,
        closedAt: closed.closedAt,
      }),
    ],
  };
};

type CaseWrites = ReturnType<typeof caseWrites>;

export { caseWrites };
export type { CaseWrites, TransactItem };
