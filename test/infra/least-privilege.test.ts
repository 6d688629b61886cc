import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContactLens } from './helpers/configs.js';
import { synthesize, type Synthesized } from './helpers/synth.js';

interface Statement {
  readonly Effect: string;
  readonly Action: string | readonly string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

interface PolicyResource {
  readonly Properties: {
    readonly Roles: readonly { readonly Ref: string }[];
    readonly PolicyDocument: { readonly Statement: readonly Statement[] };
  };
}

const list = <T>(value: T | readonly T[]): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [value as T];

/** The statements of the inline policy on a function's role (logical ids start with its construct id). */
const statementsOf = (template: Template, functionId: string): readonly Statement[] => {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as PolicyResource[];
  const policy = policies.find((candidate) =>
    candidate.Properties.Roles.some((role) => role.Ref.startsWith(`${functionId}Role`)),
  );
  if (policy === undefined) throw new Error(`no policy for ${functionId}`);
  return policy.Properties.PolicyDocument.Statement;
};

const actionsOf = (template: Template, functionId: string): readonly string[] =>
  statementsOf(template, functionId).flatMap((statement) => list(statement.Action));

/** Logical ids of the resources an action is allowed on (Ref / GetAtt targets). */
const resourcesFor = (template: Template, functionId: string, action: string): readonly string[] =>
  statementsOf(template, functionId)
    .filter((statement) => list(statement.Action).includes(action))
    .flatMap((statement) => list(statement.Resource))
    .map((resource) => {
      const text = JSON.stringify(resource);
      return /"(?:Ref|Fn::GetAtt)":\[?"([A-Za-z0-9]+)"/.exec(text)?.[1] ?? text;
    })
    .sort();

describe('least privilege', () => {
  let synthesized: Synthesized;
  let template: Template;

  beforeAll(async () => {
    synthesized = synthesize({ config: await withContactLens() });
    template = synthesized.template;
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('gives ingest no access to the cases table', () => {
    expect(
      actionsOf(template, 'Ingest').filter((action) => action.startsWith('dynamodb:')),
    ).toEqual([]);
  });

  it('lets ingest send only to the signals queue and read only the webhook secrets', () => {
    expect(resourcesFor(template, 'Ingest', 'sqs:SendMessage')).toEqual([
      expect.stringMatching(/^SignalsQueue[0-9A-F]{8}$/),
    ]);
    const secrets = resourcesFor(template, 'Ingest', 'secretsmanager:GetSecretValue');
    expect(secrets).toHaveLength(7);
    for (const secret of secrets) expect(secret).toMatch(/^WebhookSecrets/);
  });

  it('lets notify publish to the tier topics and management only, never to ops', () => {
    const topics = resourcesFor(template, 'Notify', 'sns:Publish');
    expect(topics).toEqual([
      expect.stringMatching(/^TopicsManagement/),
      expect.stringMatching(/^TopicsTieradvocates/),
      expect.stringMatching(/^TopicsTiersenior/),
    ]);
  });

  it('lets review publish to the management topic only and read, not write, the table', () => {
    expect(resourcesFor(template, 'Review', 'sns:Publish')).toEqual([
      expect.stringMatching(/^TopicsManagement/),
    ]);
    const actions = actionsOf(template, 'Review');
    expect(actions).toContain('dynamodb:Query');
    expect(actions).not.toContain('dynamodb:PutItem');
    expect(actions).not.toContain('dynamodb:UpdateItem');
  });

  it('gives no function but notify and review any SNS action', () => {
    for (const id of ['Ingest', 'Contactlens', 'Detect', 'Cases', 'Escalate']) {
      expect(actionsOf(template, id).filter((action) => action.startsWith('sns:'))).toEqual([]);
    }
  });

  it('lets detect write the table and send to the signals DLQ, not to the signals queue', () => {
    expect(actionsOf(template, 'Detect')).toContain('dynamodb:PutItem');
    expect(resourcesFor(template, 'Detect', 'sqs:SendMessage')).toEqual([
      expect.stringMatching(/^SignalsDeadLetterQueue/),
    ]);
  });

  it('lets contactlens read only the analysis prefix and the contacts of one Connect instance', () => {
    const statements = statementsOf(template, 'Contactlens');
    const getObject = statements.find((statement) =>
      list(statement.Action).includes('s3:GetObject'),
    );
    expect(JSON.stringify(getObject?.Resource)).toContain(
      ':s3:::amazon-connect-example-bucket/Analysis/Voice/*',
    );
    const attributes = statements.find((statement) =>
      list(statement.Action).includes('connect:GetContactAttributes'),
    );
    expect(JSON.stringify(attributes?.Resource)).toContain(
      ':instance/11111111-2222-3333-4444-555555555555/contact/*',
    );
    expect(
      actionsOf(template, 'Contactlens').filter((action) => action.startsWith('dynamodb:')),
    ).toEqual([]);
  });

  it('lets the console read and write the cases table and nothing else of the pipeline', () => {
    const services = new Set(actionsOf(template, 'Console').map((action) => action.split(':')[0]));

    expect([...services].sort()).toEqual(['dynamodb', 'kms', 'logs', 'xray']);
    const tables = resourcesFor(template, 'Console', 'dynamodb:PutItem');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toMatch(/CasesTable/);
  });

  it('denies sns:Publish on each tier topic to every principal but the notify role', () => {
    const policies = Object.values(template.findResources('AWS::SNS::TopicPolicy')) as {
      Properties: { Topics: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } };
    }[];
    const senior = policies.find((policy) =>
      policy.Properties.Topics[0]?.Ref.startsWith('TopicsTiersenior'),
    );
    const deny = senior?.Properties.PolicyDocument.Statement.find(
      (statement) =>
        statement.Effect === 'Deny' &&
        list(statement.Action).includes('sns:Publish') &&
        statement.Condition?.ArnNotEquals !== undefined,
    );
    expect(deny).toBeDefined();
    expect(JSON.stringify(deny?.Condition)).toMatch(/ArnNotEquals.*aws:PrincipalArn.*NotifyRole/);
    expect(JSON.stringify(deny?.Condition)).not.toMatch(/ReviewRole/);
  });

  it('starts every function role without managed policies', () => {
    const roles = Object.entries(template.findResources('AWS::IAM::Role')).filter(([id]) =>
      /^(Ingest|Contactlens|Detect|Notify|Cases|Escalate|Review|Console)Role/.test(id),
    );
    expect(roles).toHaveLength(8);
    for (const [, role] of roles) expect(role).not.toHaveProperty('Properties.ManagedPolicyArns');
  });
});
