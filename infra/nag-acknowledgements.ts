import { Aspects, type IAspect, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag AwsSolutions finding on a construct (and its children), with why. */
const acknowledge = (construct: IConstruct, finding: string, reason: string): void => {
  Validations.of(construct).acknowledge({ id: `AwsSolutions-${finding}`, reason });
};

/**
 * Actions that AWS offers no resource-level permissions for, so `Resource: *` is the only form.
 * A wildcard resource on any other action is left for cdk-nag to report.
 */
const ACTIONS_WITHOUT_RESOURCES: Readonly<Record<string, string>> = {
  // Present only when `observability.tracing` is on.
  'xray:PutTraceSegments': 'X-Ray tracing',
  'xray:PutTelemetryRecords': 'X-Ray tracing',
  'dynamodb:ListStreams': 'the stream event source mapping',
};

interface PolicyStatementJson {
  readonly Action?: string | readonly string[];
  readonly Resource?: unknown;
}

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];

/**
 * Acknowledges the IAM5 findings that CDK's own `grant*` methods cause on a function role, and
 * only those that are present (read from the role's resolved policy), so a new wildcard that
 * nobody meant still fails the synth.
 */
const acknowledgeGrantWildcards = (role: iam.Role, table: dynamodb.Table): void => {
  const stack = Stack.of(role);
  const policy = role.node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
  if (policy === undefined) return;
  const resolved = stack.resolve(policy.document.toJSON()) as
    { Statement?: readonly PolicyStatementJson[] } | undefined;
  const statements = resolved?.Statement ?? [];
  const actions = new Set(statements.flatMap((statement) => asList(statement.Action)));
  const wildcardActions = statements
    .filter((statement) => asList(statement.Resource).includes('*'))
    .flatMap((statement) => asList(statement.Action));

  if (wildcardActions.length > 0 && wildcardActions.every((a) => a in ACTIONS_WITHOUT_RESOURCES)) {
    const why = [...new Set(wildcardActions.map((a) => ACTIONS_WITHOUT_RESOURCES[a]))].join(', ');
    acknowledge(
      policy,
      'IAM5[Resource::*]',
      `Only ${wildcardActions.join(', ')} (${why}): these actions have no resource-level permissions.`,
    );
  }
  const kmsReason = (action: string) =>
    `${action} comes from CDK's grant on a resource encrypted with the stack's data key; the statement names that one key ARN, and KMS needs the family of actions for envelope encryption.`;
  for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
    if (actions.has(action)) acknowledge(policy, `IAM5[Action::${action}]`, kmsReason(action));
  }
  if (JSON.stringify(statements).includes('/index/*')) {
    const tableId = stack.getLogicalId(table.node.defaultChild as dynamodb.CfnTable);
    acknowledge(
      policy,
      `IAM5[Resource::<${tableId}.Arn>/index/*]`,
      'Queries go through the secondary indexes of the cases table (queue, customer, due, month); the wildcard covers only that table’s indexes.',
    );
  }
};

/**
 * Runs `acknowledgeGrantWildcards` at synthesis (an aspect), after every grant has been made,
 * so a statement added after the stack's constructor is judged too.
 */
const acknowledgeGrantWildcardsAtSynth = (
  scope: IConstruct,
  roles: () => Iterable<iam.Role>,
  table: dynamodb.Table,
): void => {
  const aspect: IAspect = {
    visit: (node) => {
      if (node !== scope) return;
      for (const role of roles()) acknowledgeGrantWildcards(role, table);
    },
  };
  Aspects.of(scope).add(aspect);
};

/**
 * The bucket-notifications custom resource that CDK adds when the Contact Lens trigger subscribes
 * to an existing bucket; its role is CDK's, created once per stack.
 */
const acknowledgeBucketNotificationsHandler = (stack: Stack): void => {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    acknowledge(
      child,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK-managed custom resource that adds the Contact Lens notification to the existing Connect bucket; it runs only during deployments and its role is not configurable.',
    );
  }
};

/**
 * The custom resource CDK adds for `BucketDeployment` (the console's two static files): a
 * CDK-owned function, created once per stack, that runs only during deployments and copies
 * CDK's staged asset into the console's bucket. Its role and runtime are not configurable.
 */
const acknowledgeBucketDeploymentHandler = (stack: Stack, assetsBucket: s3.Bucket): void => {
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (handler === undefined) return;
  const why =
    'CDK-managed BucketDeployment custom resource: it runs only while deploying, copying the console’s static files from CDK’s staging bucket into the console bucket; CDK writes its policy';
  const bucketId = stack.getLogicalId(assetsBucket.node.defaultChild as s3.CfnBucket);
  const findings: Readonly<Record<string, string>> = {
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]': `${why} and attaches the basic execution role.`,
    'IAM5[Action::s3:GetBucket*]': `${why}: read access to the staging bucket.`,
    'IAM5[Action::s3:GetObject*]': `${why}: read access to the staging bucket.`,
    'IAM5[Action::s3:List*]': `${why}: listing the staging and console buckets to prune old files.`,
    'IAM5[Action::s3:Abort*]': `${why}: write access to the console bucket.`,
    'IAM5[Action::s3:DeleteObject*]': `${why}: pruning old files from the console bucket.`,
    'IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]': `${why}: the staged asset's key is chosen by CDK at deploy time.`,
    [`IAM5[Resource::<${bucketId}.Arn>/*]`]: `${why}: every file of the console bucket, and only that bucket.`,
    L1: `${why} and picks its runtime.`,
  };
  for (const [finding, reason] of Object.entries(findings)) acknowledge(handler, finding, reason);
};

export {
  acknowledge,
  acknowledgeBucketDeploymentHandler,
  acknowledgeBucketNotificationsHandler,
  acknowledgeGrantWildcards,
  acknowledgeGrantWildcardsAtSynth,
};
