import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DynamoCustomerStore } from '../../../../shared/cases/dynamo-customer-store.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../../fixtures/cases/customers.csv', import.meta.url));

/** Runs the real `advocacy` command line on this Node, as `npm run advocacy` does. */
const advocacy = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/advocacy.js', ...args], {
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });

describe('advocacy customers import', () => {
  it('imports a CSV into the cases table, where detect finds the records', async () => {
    // Prepare
    const table = await dynamo.freshTable();

    // Act
    const run = await advocacy([
      'customers',
      'import',
      fixture,
      '--table',
      table,
      '--endpoint',
      dynamo.endpoint(),
    ]);

    // Assess
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`imported 3 customers into ${table} (${dynamo.endpoint()})\n`);
    const customers = new DynamoCustomerStore({ client: dynamo.client(), tableName: table });
    expect(await customers.findCustomer({ id: 'cust-1' })).toMatchObject({
      key: 'account:acct-northwind',
      annualRevenue: 2_500_000,
      products: 5,
    });
    expect(await customers.getCustomer('id:cust-2')).toMatchObject({ segment: 'low-margin' });
  });

  it('fails with one line per problem and exit code 1, writing nothing', async () => {
    // Prepare
    const table = await dynamo.freshTable();
    const bad = fileURLToPath(
      new URL('../../../fixtures/cases/customers-invalid.csv', import.meta.url),
    );

    // Act
    const run = await advocacy([
      'customers',
      'import',
      bad,
      '--table',
      table,
      '--endpoint',
      dynamo.endpoint(),
    ]);

    // Assess
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'advocacy: 2 problems in the customer CSV:\n' +
        'line 3, annual_revenue: expected a non-negative number\n' +
        'line 4, segment: unknown segment "gold"; expected one of strategic, standard, low-margin\n',
    );
    const customers = new DynamoCustomerStore({ client: dynamo.client(), tableName: table });
    expect(await customers.getCustomer('id:c1')).toBeUndefined();
  });

  it('names the missing table', async () => {
    const run = await advocacy([
      'customers',
      'import',
      fixture,
      '--table',
      'nope',
      '--endpoint',
      dynamo.endpoint(),
    ]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^advocacy: DynamoDB putCustomers failed: ResourceNotFoundException: /,
    );
  });
});
