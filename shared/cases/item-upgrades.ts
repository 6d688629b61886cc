import { expiry, type Item } from './dynamo-items.js';
import { ENTITIES } from './model.js';
import { TTL_ATTRIBUTE } from './table.js';

/** What an item written by an earlier version lacks or carries that this one would not write. */
interface ItemUpgrade {
  /** Set the TTL attribute to this (epoch seconds). */
  readonly expiresAt: number | undefined;
  /** Remove the item's copy in the `month` index (`gsi4pk`, `gsi4sk`). */
  readonly leaveMonthIndex: boolean;
}

// Earlier versions indexed every assessment by month under this prefix; nothing read it.
const ASSESSMENTS_BY_MONTH = 'ASSESSMENTS#';

/**
 * How to bring an assessment written before December 2026 up to date: one that opened or joined
 * no case expires `assessmentDays` after it was recorded (possibly already: TTL then removes it
 * within days), and none keeps a month-index copy. Undefined when the item needs nothing.
 */
const assessmentUpgrade = (item: Item, assessmentDays: number): ItemUpgrade | undefined => {
  if (item.entity !== ENTITIES.assessment) return undefined;
  const leaveMonthIndex =
    typeof item.gsi4pk === 'string' && item.gsi4pk.startsWith(ASSESSMENTS_BY_MONTH);
  const recordedAt = typeof item.recordedAt === 'string' ? Date.parse(item.recordedAt) : NaN;
  const needsExpiry =
    item.caseId === undefined && item[TTL_ATTRIBUTE] === undefined && !Number.isNaN(recordedAt);
  if (!leaveMonthIndex && !needsExpiry) return undefined;
  return {
    expiresAt: needsExpiry ? expiry(new Date(recordedAt), assessmentDays) : undefined,
    leaveMonthIndex,
  };
};

export { assessmentUpgrade };
export type { ItemUpgrade };
