import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { CustomNotificationSchema } from '../../shared/alerts/custom-notification.js';
import type { Inbox } from './resources.js';

/** One alert as a subscriber received it (GET /local/alerts). */
interface DeliveredAlert {
  /** Tier name, or `management`. */
  readonly tier: string;
  readonly subscription: string;
  /** SNS message attributes, name -> value (String.Array values stay JSON text, as SNS sends them). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly subject: string | null;
  readonly message: string;
  /** When the inbox drained it (ISO), for latency figures. */
  readonly receivedAt: string;
}

interface InboxCollector {
  readonly alerts: () => readonly DeliveredAlert[];
  stop(): Promise<void>;
}

interface SnsEnvelope {
  readonly Subject?: string | null;
  readonly Message?: string;
  readonly MessageAttributes?: Record<string, { readonly Value?: string }>;
}

/**
 * What AWS delivers to a subscription of this protocol. With `MessageStructure: 'json'` the
 * message is an object of per-protocol texts; fauxqs delivers that object as is, so the
 * protocol's entry (else `default`) is picked here as SNS itself would.
 */
const messageFor = (protocol: string, message: string): string => {
  try {
    const parsed = JSON.parse(message) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'default' in parsed) {
      const variants = parsed as Record<string, unknown>;
      const chosen = variants[protocol] ?? variants.default;
      if (typeof chosen === 'string') return chosen;
    }
  } catch {
    // A plain text message is delivered as is.
  }
  return message;
};

/** A chat message has no SNS subject: the channel shows the notification's title first. */
const chatTitleOf = (message: string): string | null => {
  try {
    const parsed = CustomNotificationSchema.safeParse(JSON.parse(message));
    return parsed.success ? (parsed.data.content.title ?? null) : null;
  } catch {
    return null;
  }
};

const toAlert = (inbox: Inbox, body: string): DeliveredAlert => {
  const envelope = JSON.parse(body) as SnsEnvelope;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(envelope.MessageAttributes ?? {}))
    attributes[name] = value.Value ?? '';
  const message = messageFor(inbox.subscription.protocol, envelope.Message ?? '');
  return {
    tier: inbox.tier,
    subscription: inbox.subscription.name,
    attributes,
    subject: envelope.Subject ?? chatTitleOf(message),
    message,
    receivedAt: new Date().toISOString(),
  };
};

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/**
 * Drains every subscription stand-in queue into memory, the "advocate inbox": each alert is kept
 * for GET /local/alerts and handed to `onAlert` (the console) as it arrives.
 */
const startInboxCollector = (
  sqs: SQSClient,
  inboxes: readonly Inbox[],
  onAlert: (alert: DeliveredAlert) => void,
): InboxCollector => {
  const abort = new AbortController();
  // A function, not the property: TypeScript would narrow a re-read property inside the loops.
  const aborted = (): boolean => abort.signal.aborted;
  const delivered: DeliveredAlert[] = [];

  const drain = async (inbox: Inbox): Promise<void> => {
    while (!aborted()) {
      try {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: inbox.queueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 2,
          }),
          { abortSignal: abort.signal },
        );
        if (Messages.length === 0) continue;
        for (const message of Messages) {
          const alert = toAlert(inbox, message.Body ?? '{}');
          delivered.push(alert);
          onAlert(alert);
        }
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: inbox.queueUrl,
            Entries: Messages.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle ?? '',
            })),
          }),
        );
      } catch {
        if (!aborted()) await sleep(500);
      }
    }
  };

  const drains = inboxes.map((inbox) => drain(inbox));
  return {
    alerts: () => [...delivered],
    stop: async () => {
      abort.abort();
      await Promise.all(drains);
    },
  };
};

export { startInboxCollector };
export type { DeliveredAlert, InboxCollector };
