import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { DependencyError } from '../errors.js';
import type { AlertPublisher } from './deliver.js';
import type { AlertMessage } from './format.js';

const text = (value: string) => ({ DataType: 'String', StringValue: value });

/**
 * Publishes alerts to SNS with `MessageStructure: 'json'`: readable text for e-mail and the
 * default, a short form for SMS, the JSON form for HTTPS, SQS and Lambda subscribers. Message
 * attributes carry what filter policies select on.
 */
class SnsAlertPublisher implements AlertPublisher {
  readonly #client: SNSClient;

  constructor({ client }: { readonly client: SNSClient }) {
    this.#client = client;
  }

  async publish(topicArn: string, message: AlertMessage): Promise<string> {
    const json = JSON.stringify(message.json);
    const { attributes } = message;
    try {
      const result = await this.#client.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: message.subject,
          MessageStructure: 'json',
          Message: JSON.stringify({
            default: message.text,
            email: message.text,
            sms: message.sms,
            http: json,
            https: json,
            sqs: json,
            lambda: json,
          }),
          MessageAttributes: {
            tier: text(attributes.tier),
            segment: text(attributes.segment),
            urgency: text(attributes.urgency),
            triggers: {
              DataType: 'String.Array',
              StringValue: JSON.stringify(attributes.triggers),
            },
            caseId: text(attributes.caseId),
            event: text(attributes.event),
          },
        }),
      );
      return result.MessageId ?? '';
    } catch (error) {
      throw new DependencyError(`SNS publish to ${topicArn} failed`, { cause: error });
    }
  }
}

export { SnsAlertPublisher };
