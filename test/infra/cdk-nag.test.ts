import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { chatConfig, exampleConfig } from '../helpers/config.js';
import { withContactLens } from './helpers/configs.js';
import { nagViolations } from './helpers/synth.js';

describe('cdk-nag AwsSolutionsChecks', () => {
  it('reports no unacknowledged finding on the example configuration', async () => {
    expect(nagViolations({ config: await exampleConfig() })).toEqual([]);
  });

  it('reports no unacknowledged finding with Contact Lens wired to a bucket', async () => {
    expect(nagViolations({ config: await withContactLens() })).toEqual([]);
  });

  it('reports no unacknowledged finding with Slack and Teams channels', async () => {
    expect(nagViolations({ config: await chatConfig() })).toEqual([]);
  });

  it('reports no unacknowledged finding with X-Ray tracing off (no wildcard left to acknowledge)', async () => {
    const config = structuredClone(await exampleConfig());
    config.observability.tracing = false;

    expect(nagViolations({ config })).toEqual([]);
  });

  it('still reports a wildcard nobody acknowledged', async () => {
    // Prepare: a grant on every table in the account, which no acknowledgement covers.
    const tamper = (stack: { functions: ReadonlyMap<string, { role: iam.Role }> }) => {
      stack.functions
        .get('cases')
        ?.role.addToPrincipalPolicy(
          new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }),
        );
    };

    // Act
    const violations = nagViolations({ config: await exampleConfig(), tamper });

    // Assess
    expect(violations).toEqual([
      {
        rule: 'AwsSolutions-IAM5[Resource::*]',
        path: 'advocacy-test/Cases/Role/DefaultPolicy/Resource',
      },
    ]);
  });
});
