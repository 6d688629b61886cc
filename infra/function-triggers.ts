import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { triggerOf, type FunctionName } from '../shared/config/topology.js';

/** The SQS event source of a queue-triggered function, as shared/config/topology.ts describes it. */
const queueEventSource = (name: FunctionName, queue: sqs.IQueue): sources.SqsEventSource => {
  const trigger = triggerOf(name, 'sqs');
  return new sources.SqsEventSource(queue, {
    batchSize: trigger.batchSize,
    maxConcurrency: trigger.maxConcurrency,
    reportBatchItemFailures: true,
  });
};

/** The DynamoDB stream event source of a stream-triggered function, with its on-failure queue. */
const streamEventSource = (
  name: FunctionName,
  table: dynamodb.ITable,
  onFailure: sqs.IQueue,
): sources.DynamoEventSource => {
  const trigger = triggerOf(name, 'dynamodb-stream');
  return new sources.DynamoEventSource(table, {
    startingPosition: lambda.StartingPosition[trigger.startingPosition],
    batchSize: trigger.batchSize,
    parallelizationFactor: trigger.parallelizationFactor,
    retryAttempts: trigger.retryAttempts,
    bisectBatchOnError: trigger.bisectBatchOnError,
    maxRecordAge: Duration.hours(trigger.maxRecordAgeHours),
    reportBatchItemFailures: true,
    onFailure: new sources.SqsDlq(onFailure),
    filters: trigger.filters.map((pattern) => lambda.FilterCriteria.filter(pattern)),
  });
};

export { queueEventSource, streamEventSource };
