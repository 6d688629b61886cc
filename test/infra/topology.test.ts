// The local stack and the CDK stack both derive their event source mappings from
// shared/config/topology.ts. This test reads what each one ends up with (the local stack's plan,
// the synthesized template) in one shape and compares them, so that neither drifts.
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { CfnEventSourceMapping } from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdvocacyStack } from '../../infra/advocacy-stack.js';
import { eventSourcePlan } from '../../infra/local/event-source-plan.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { withContactLens } from './helpers/configs.js';
import { synthesize, type Synthesized } from './helpers/synth.js';

type Facts = Record<string, unknown>;
interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
}

/** What the local stack runs, in the shape of the template's facts. */
const localFacts = (config: AdvocacyConfig): Facts[] => {
  const plan = eventSourcePlan(config);
  const { function: streamFunction, ...stream } = plan.stream;
  const files = plan.analysisFiles;
  return [
    // Both local mappings read `batchItemFailures` (sqs-mapping.ts, stream-batch.ts).
    {
      function: plan.signals.function,
      source: 'sqs',
      batchSize: plan.signals.batchSize,
      maxConcurrency: plan.signals.maxConcurrency,
      partial: true,
    },
    {
      function: streamFunction,
      source: 'dynamodb-stream',
      ...stream,
      partial: true,
      onFailure: 'AlertsFailures',
    },
    ...(files === undefined
      ? []
      : [
          {
            function: files.function,
            source: 's3',
            bucket: files.bucket,
            prefix: files.prefix,
            suffix: files.suffix,
            retryAttempts: files.retryAttempts,
          },
        ]),
  ];
};

/** What the CDK stack deploys: its event source mappings and the Connect bucket's notification. */
const cdkFacts = (synthesized: Synthesized): Facts[] => {
  const { stack, template } = synthesized;
  const nameOf = new Map(
    [...stack.functions].map(([name, created]) => [
      stack.getLogicalId(created.function.node.defaultChild as lambda.CfnFunction),
      name,
    ]),
  );
  const resources = Object.values(template.toJSON().Resources as Record<string, Resource>);
  const ofType = (type: string) => resources.filter((resource) => resource.Type === type);
  const functionOf = (reference: unknown): string | undefined => {
    const { Ref, 'Fn::GetAtt': getAtt } = reference as { Ref?: string; 'Fn::GetAtt'?: string[] };
    return nameOf.get(Ref ?? getAtt?.[0] ?? '');
  };
  const mappings = ofType('AWS::Lambda::EventSourceMapping').map(({ Properties: p }) => {
    const common = {
      function: functionOf(p.FunctionName),
      source: p.StartingPosition === undefined ? 'sqs' : 'dynamodb-stream',
      ...(p.StartingPosition === undefined ? {} : { startingPosition: p.StartingPosition }),
      batchSize: p.BatchSize,
    };
    if (p.StartingPosition === undefined)
      return {
        ...common,
        maxConcurrency: (p.ScalingConfig as { MaximumConcurrency?: number } | undefined)
          ?.MaximumConcurrency,
        partial: (p.FunctionResponseTypes as string[]).includes('ReportBatchItemFailures'),
      };
    const destination = (
      p.DestinationConfig as { OnFailure: { Destination: { 'Fn::GetAtt': string[] } } }
    ).OnFailure.Destination['Fn::GetAtt'][0];
    return {
      ...common,
      parallelizationFactor: p.ParallelizationFactor,
      retryAttempts: p.MaximumRetryAttempts,
      bisectBatchOnError: p.BisectBatchOnFunctionError,
      filters: (p.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map(
        (filter) => JSON.parse(filter.Pattern) as unknown,
      ),
      partial: (p.FunctionResponseTypes as string[]).includes('ReportBatchItemFailures'),
      onFailure: (destination ?? '').startsWith('AlertsFailures') ? 'AlertsFailures' : destination,
    };
  });
  const retries = new Map(
    ofType('AWS::Lambda::EventInvokeConfig').map(({ Properties: p }) => [
      functionOf(p.FunctionName),
      p.MaximumRetryAttempts,
    ]),
  );
  const notifications = ofType('Custom::S3BucketNotifications').flatMap(({ Properties: p }) => {
    const configuration = p.NotificationConfiguration as {
      LambdaFunctionConfigurations: {
        LambdaFunctionArn: unknown;
        Filter: { Key: { FilterRules: { Name: string; Value: string }[] } };
      }[];
    };
    return configuration.LambdaFunctionConfigurations.map((notification) => {
      const rule = (name: string) =>
        notification.Filter.Key.FilterRules.find((each) => each.Name === name)?.Value;
      const name = functionOf(notification.LambdaFunctionArn);
      return {
        function: name,
        source: 's3',
        bucket: p.BucketName,
        prefix: rule('prefix'),
        suffix: rule('suffix'),
        retryAttempts: retries.get(name),
      };
    });
  });
  return [...mappings, ...notifications];
};

const byFunction = (facts: Facts[]) =>
  [...facts].sort((a, b) => String(a.function).localeCompare(String(b.function)));

describe('the topology, deployed and local', () => {
  let config: AdvocacyConfig;
  let synthesized: Synthesized;

  beforeAll(async () => {
    config = await withContactLens();
    synthesized = synthesize({ config });
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('gives the local stack the event source mappings the CDK stack deploys', () => {
    const local = byFunction(localFacts(config));
    expect(local.map((each) => each.function)).toEqual(['contactlens', 'detect', 'notify']);
    expect(local).toEqual(byFunction(cdkFacts(synthesized)));
  });

  it.each([
    ['batch size', 'batchSize', (mapping: CfnEventSourceMapping) => (mapping.batchSize = 5), 5],
    [
      'maximum concurrency',
      'maxConcurrency',
      (mapping: CfnEventSourceMapping) => (mapping.scalingConfig = { maximumConcurrency: 3 }),
      3,
    ],
  ])('tells a CDK mapping with another %s than the topology apart', (_, fact, change, value) => {
    // Prepare: detect's mapping changed after the topology was applied.
    const tampered = synthesize({
      config,
      tamper: (stack: AdvocacyStack) => {
        const detect = stack.functions.get('detect')?.function;
        const mapping = detect?.node
          .findAll()
          .find((child): child is CfnEventSourceMapping => child instanceof CfnEventSourceMapping);
        if (mapping === undefined) throw new Error('detect has no event source mapping');
        change(mapping);
      },
    });

    // Act
    const facts = cdkFacts(tampered);
    tampered.cleanup();

    // Assess
    expect(byFunction(localFacts(config))).not.toEqual(byFunction(facts));
    expect(facts.find((each) => each.function === 'detect')?.[fact]).toBe(value);
  });
});
