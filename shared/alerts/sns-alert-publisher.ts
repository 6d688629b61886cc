import { PublishCommand, type PublishCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import { DependencyError } from '../errors.js';
import type { AlertPublisher } from './deliver.js';
import type { AlertMessage } from './format.js';

const text = (value: string) => ({ DataType: 'String', StringValue: value });

/** What filter policies select on; the same on every form of an alert. */
const attributesOf = ({ attributes }: AlertMessage): PublishCommandInput['MessageAttributes'] => ({
  tier: text(attributes.tier),
  segment: text(attributes.segment),
  urgency: text(attributes.urgency),
  triggers: { DataType: 'String.Array', StringValue: JSON.stringify(attributes.triggers) },
  caseId: text(attributes.caseId),
  event: text(attributes.event),
});

/**
 * Publishes alerts to SNS with `MessageStructure: 'json'`: readable text for e-mail and the
 * default, a short form for SMS, the JSON form for HTTPS, SQS and Lambda subscribers; and the
 * chat form alone to chat topics. Message attributes carry what filter policies select on.
 */
class SnsAlertPublisher implements AlertPublisher {
  readonly #client: SNSClient;

  constructor({ client }: { readonly client: SNSClient }) {
    this.#client = client;
  }

  async publish(topicArn: string, message: AlertMessage): Promise<string> {
    const json = JSON.stringify(message.json);
    return this.#send({
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
      MessageAttributes: attributesOf(message),
    });
  }

  /** A plain message: the custom notification is the whole body the chat service reads. */
  async publishChat(topicArn: string, message: AlertMessage): Promise<string> {
    return this.#send({
      TopicArn: topicArn,
      Message: JSON.stringify(message.chat),
      MessageAttributes: attributesOf(message),
    });
  }

  async #send(input: PublishCommandInput): Promise<string> {
    try {
      const result = await this.#client.send(new PublishCommand(input));
      return result.MessageId ?? '';
    } catch (error) {
      throw new DependencyError(`SNS publish to ${input.TopicArn ?? ''} failed`, { cause: error });
    }
  }
}

export { SnsAlertPublisher };
