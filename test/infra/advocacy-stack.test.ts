import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../shared/config/env.js';
import { TABLE_INDEXES } from '../../shared/cases/table.js';
import { withContactLens } from './helpers/configs.js';
import { synthesize, type Synthesized } from './helpers/synth.js';

describe('AdvocacyStack', () => {
  let synthesized: Synthesized;
  let template: Template;

  beforeAll(async () => {
    synthesized = synthesize({ config: await withContactLens() });
    template = synthesized.template;
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('creates the eight functions on nodejs24.x, arm64, traced by default, with JSON logs', () => {
    // Assess: CDK's bucket-notifications and bucket-deployment handlers run other runtimes.
    template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      {
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
        Environment: {
          Variables: Match.objectLike({
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_METRICS_NAMESPACE: 'advocacy',
          }),
        },
      },
      8,
    );
  });

  it('lets the traced functions write to X-Ray, and nothing more of it', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
            Resource: '*',
          }),
        ]),
      },
    });
  });

  it('gives every function its own log group with a retention period', () => {
    // Eight functions, the API's access logs and CDK's function that uploads the console's files.
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 10);
  });

  it('encrypts every log group with the data key, which CloudWatch Logs may use for them only', () => {
    // Assess: the log groups above, and no other.
    template.resourceCountIs('AWS::Logs::LogGroup', 10);
    template.resourcePropertiesCountIs(
      'AWS::Logs::LogGroup',
      { KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] } },
      10,
    );
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AllowCloudWatchLogsToEncryptLogGroups',
            Principal: {
              Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
            },
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': {
                  'Fn::Join': [
                    '',
                    [
                      'arn:',
                      { Ref: 'AWS::Partition' },
                      ':logs:',
                      { Ref: 'AWS::Region' },
                      ':',
                      { Ref: 'AWS::AccountId' },
                      ':log-group:*',
                    ],
                  ],
                },
              },
            },
          }),
        ]),
      },
    });
  });

  it('passes the variables named by ENV to the functions that need them', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'ingest',
          [ENV.signalsQueueUrl]: Match.anyValue(),
          [ENV.secretArns]: Match.anyValue(),
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'notify',
          [ENV.tableName]: Match.anyValue(),
          [ENV.topicArns]: Match.anyValue(),
        }),
      },
    });
  });

  it('makes the signals queue FIFO with explicit dedupe ids and a FIFO DLQ after maxReceiveCount', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      ContentBasedDeduplication: false,
      KmsMasterKeyId: Match.anyValue(),
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
      // Six times detect's 60 s timeout.
      VisibilityTimeout: 360,
    });
    template.resourcePropertiesCountIs('AWS::SQS::Queue', { FifoQueue: true }, 2);
  });

  it('encrypts every queue with the customer-managed key and refuses plain HTTP', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    // Signals, its DLQ, and the failure queues of notify and contactlens.
    expect(Object.keys(queues)).toHaveLength(4);
    for (const queue of Object.values(queues)) {
      expect(queue).toMatchObject({
        Properties: {
          KmsMasterKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^DataKey/), 'Arn'] },
        },
      });
    }
    template.resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      },
      4,
    );
  });

  it('builds the cases table from shared/cases/table.ts: keys, four GSIs, TTL, stream, PITR, KMS', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: TABLE_INDEXES.map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ),
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
    });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('rotates the customer-managed key', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('lets CloudWatch alarms of this account only use the key (the ops topic is encrypted)', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });

  it('feeds detect from the FIFO queue with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SignalsQueue'), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('feeds notify only new case events from the stream, with bisection, bounded retries and an on-failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CasesTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 21_600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: { NewImage: { entity: { S: ['case-event'] } } },
            }),
          },
        ],
      },
    });
  });

  it('creates one encrypted topic per alerting tier plus management and ops, none for the sop tier', () => {
    template.resourceCountIs('AWS::SNS::Topic', 4);
    for (const name of [
      'advocacy-senior',
      'advocacy-advocates',
      'advocacy-management',
      'advocacy-ops',
    ]) {
      template.hasResourceProperties('AWS::SNS::Topic', {
        TopicName: name,
        KmsMasterKeyId: Match.anyValue(),
      });
    }
    expect(
      template.findResources('AWS::SNS::Topic', { Properties: { TopicName: 'advocacy-sop' } }),
    ).toEqual({});
  });

  it('subscribes the configured endpoints, urgent-only ones with an urgency filter', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 5);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sms',
      Endpoint: '+15555550100',
      FilterPolicy: { urgency: ['urgent'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'advocates@example.com',
      FilterPolicy: Match.absent(),
    });
  });

  it('creates a KMS-encrypted secret per enabled webhook source, none for Contact Lens', () => {
    template.resourceCountIs('AWS::SecretsManager::Secret', 7);
    template.resourcePropertiesCountIs(
      'AWS::SecretsManager::Secret',
      { KmsKeyId: Match.anyValue() },
      7,
    );
  });

  it('routes webhooks without an authorizer and the cases API with IAM authorization', () => {
    for (const method of ['POST', 'HEAD', 'GET']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${method} /webhooks/{source}`,
        AuthorizationType: 'NONE',
      });
    }
    for (const key of ['GET /cases', 'GET /cases/{id}', 'POST /cases/{id}/{action}']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: key,
        AuthorizationType: 'AWS_IAM',
      });
    }
  });

  it('throttles the $default stage and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
    });
  });

  it('triggers contactlens on analysis files of the Connect bucket', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: 'amazon-connect-example-bucket',
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({
            Events: ['s3:ObjectCreated:*'],
            Filter: {
              Key: {
                FilterRules: [
                  { Name: 'suffix', Value: '.json' },
                  { Name: 'prefix', Value: 'Analysis/Voice/' },
                ],
              },
            },
          }),
        ],
      },
    });
  });

  it('keeps S3 events contactlens gave up on in its failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: {
          Destination: {
            'Fn::GetAtt': [Match.stringLikeRegexp('^ContactLensFailuresQueue'), 'Arn'],
          },
        },
      },
    });
  });

  it('schedules the escalation sweep and the weekly review from the configuration', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 7 ? * MON *)',
    });
  });

  it('alarms to the ops topic on DLQ depth, errors, throttles and iterator age', () => {
    // 3 dead-letter/failure queues + 8 functions x (errors, throttles) + iterator age.
    template.resourcePropertiesCountIs(
      'AWS::CloudWatch::Alarm',
      { AlarmActions: [{ Ref: Match.stringLikeRegexp('^TopicsOps') }] },
      20,
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge' });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('outputs a webhook URL per enabled webhook source, the cases API URL and the topic ARNs', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    const sources = [
      'typeform',
      'delighted',
      'zendesk',
      'intercom',
      'surveymonkey',
      'qualtrics',
      'generic',
    ];
    expect(outputs).toEqual(
      expect.arrayContaining([
        ...sources.map((source) => `WebhookUrl${source}`),
        'CasesApiUrl',
        'TopicArnsenior',
        'TopicArnadvocates',
        'TopicArnmanagement',
        'OpsTopicArn',
      ]),
    );
    expect(outputs).not.toContain('WebhookUrlcontactlens');
  });

  it('outputs the console URL on the distribution and the user pool to invite advocates to', () => {
    template.hasOutput('ConsoleUrl', {
      Value: {
        'Fn::Join': [
          '',
          [
            'https://',
            { 'Fn::GetAtt': [Match.stringLikeRegexp('^ConsoleSiteDistribution'), 'DomainName'] },
            '/console/',
          ],
        ],
      },
    });
    template.hasOutput('AdvocateUserPoolId', {
      Value: { Ref: Match.stringLikeRegexp('^SignInAdvocates') },
    });
  });

  it('gives the console its origin and sign-in settings, and notify the origin for alert links', () => {
    const origin = {
      'Fn::Join': [
        '',
        [
          'https://',
          { 'Fn::GetAtt': [Match.stringLikeRegexp('^ConsoleSiteDistribution'), 'DomainName'] },
        ],
      ],
    };
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'console',
          [ENV.tableName]: Match.anyValue(),
          [ENV.consoleOrigin]: origin,
          [ENV.signInUrl]: Match.anyValue(),
          [ENV.signInClientId]: { Ref: Match.stringLikeRegexp('^SignInAdvocatesConsole') },
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'notify',
          [ENV.consoleOrigin]: origin,
        }),
      },
    });
  });
});

describe('AdvocacyStack with observability.tracing off', () => {
  let synthesized: Synthesized;

  beforeAll(async () => {
    const config = await withContactLens();
    config.observability.tracing = false;
    synthesized = synthesize({ config });
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('leaves all eight functions untraced and grants no role a write to X-Ray', () => {
    synthesized.template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      { TracingConfig: Match.absent(), Runtime: 'nodejs24.x' },
      8,
    );
    const actions = Object.values(synthesized.template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (
          policy as {
            Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } };
          }
        ).Properties.PolicyDocument.Statement.flatMap((statement) => statement.Action),
    );
    expect(actions.filter((action) => action.startsWith('xray:'))).toEqual([]);
  });
});
