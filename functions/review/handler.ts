import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../../shared/casework/event-time.js';
import { computeReview } from '../../shared/casework/review.js';
import type { ReviewInput } from '../../shared/casework/review-model.js';
import { lastWeek, type Period } from '../../shared/casework/review-period.js';
import { periodLabel } from '../../shared/casework/review-format.js';
import { renderReviewMarkdown } from '../../shared/casework/review-markdown.js';
import type { ReviewPublisher } from '../../shared/casework/review-publisher.js';
import type { Tier } from '../../shared/config/routing-schema.js';

interface ReviewDeps {
  readonly load: (period: Period & { readonly now: Date }) => Promise<ReviewInput>;
  readonly tiers: readonly Tier[];
  readonly publisher: ReviewPublisher;
  readonly logger: { info(message: string, ...extra: Record<string, unknown>[]): void };
  readonly now: () => Date;
}

/**
 * The weekly management review: the last seven whole UTC days before the schedule's time,
 * published to the management topic as text (Markdown without charts: e-mail shows it as is).
 */
const createHandler =
  (deps: ReviewDeps) =>
  async (event: Partial<Pick<ScheduledEvent, 'time'>> = {}) => {
    const now = scheduledTime(event.time, deps.now);
    const review = computeReview(await deps.load({ ...lastWeek(now), now }), deps.tiers);
    const subject = `Customer Advocacy review, ${periodLabel(review)}`;
    await deps.publisher.publish(subject, renderReviewMarkdown(review, { charts: false }));
    const summary = {
      from: review.from,
      to: review.to,
      opened: review.opened,
      breaches: review.breaches.length,
      recurrences: review.recurrence.cases.length,
    };
    deps.logger.info('review published', summary);
    return summary;
  };

export { createHandler };
export type { ReviewDeps };
