import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { DependencyError } from '../errors.js';

/** Where the weekly review goes. */
interface ReviewPublisher {
  publish(subject: string, text: string): Promise<void>;
}

// SNS caps a message at 256 KiB; leave room for the envelope and the truncation note.
const MAX_MESSAGE_BYTES = 250_000;
// SNS e-mail subjects: ASCII, no line breaks, under 100 characters.
const MAX_SUBJECT = 99;

const fitSubject = (subject: string): string =>
  subject
    .replace(/[^\x20-\x7e]/g, '-')
    .slice(0, MAX_SUBJECT)
    .trim();

const fitMessage = (text: string): string => {
  if (Buffer.byteLength(text) <= MAX_MESSAGE_BYTES) return text;
  const cut = Buffer.from(text)
    .subarray(0, MAX_MESSAGE_BYTES)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return `${cut}\n\n(truncated: run \`advocacy review\` for the full report)\n`;
};

/** Publishes the review to the management topic; an SNS failure is a DependencyError (retry). */
class SnsReviewPublisher implements ReviewPublisher {
  readonly #client: SNSClient;
  readonly #topicArn: string;

  constructor(options: { readonly client: SNSClient; readonly topicArn: string }) {
    this.#client = options.client;
    this.#topicArn = options.topicArn;
  }

  async publish(subject: string, text: string): Promise<void> {
    try {
      await this.#client.send(
        new PublishCommand({
          TopicArn: this.#topicArn,
          Subject: fitSubject(subject),
          Message: fitMessage(text),
        }),
      );
    } catch (error) {
      throw new DependencyError('cannot publish the review to the management topic', {
        cause: error,
      });
    }
  }
}

export { fitMessage, fitSubject, SnsReviewPublisher };
export type { ReviewPublisher };
