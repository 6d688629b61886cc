import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Messages on a queue, visible or in flight: zero once everything sent was consumed. */
const queueDepth = async (sqs: SQSClient, queueUrl: string): Promise<number> => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  const { ApproximateNumberOfMessages: visible, ApproximateNumberOfMessagesNotVisible: inFlight } =
    Attributes;
  // A missing count would read as an empty queue and end a wait (or pass a check) too early.
  if (visible === undefined || inFlight === undefined)
    throw new Error(`no message counts for ${queueUrl}`);
  return Number(visible) + Number(inFlight);
};

export { queueDepth };
