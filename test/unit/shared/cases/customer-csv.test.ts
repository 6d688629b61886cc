import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCustomerCsv } from '../../../../shared/cases/customer-csv.js';
import { ValidationError } from '../../../../shared/errors.js';

const fixture = readFileSync(
  new URL('../../../fixtures/cases/customers.csv', import.meta.url),
  'utf8',
);
const SEGMENTS = ['strategic', 'standard', 'low-margin'];
const HEADER = 'id,account_id,name,email_domain,annual_revenue,products,time_zone,segment';

const problems = (text: string): string[] => {
  try {
    parseCustomerCsv(text, SEGMENTS);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected the CSV to be rejected');
};

describe('parseCustomerCsv', () => {
  it('reads records keyed by account, else by customer id, with typed values', () => {
    // Act
    const records = parseCustomerCsv(fixture, SEGMENTS);

    // Assess
    expect(records).toEqual([
      {
        key: 'account:acct-northwind',
        id: 'cust-1',
        accountId: 'acct-northwind',
        name: 'Northwind Traders',
        emailDomain: 'northwind.example',
        annualRevenue: 2_500_000,
        products: 5,
        timeZone: 'Europe/Berlin',
        segment: undefined,
      },
      {
        key: 'id:cust-2',
        id: 'cust-2',
        accountId: undefined,
        name: 'Dana Reyes',
        emailDomain: undefined,
        annualRevenue: undefined,
        products: 1,
        timeZone: 'America/Chicago',
        segment: 'low-margin',
      },
      expect.objectContaining({
        key: 'account:acct-contoso',
        emailDomain: 'contoso.example',
        annualRevenue: 800_000,
      }),
    ]);
  });

  it('reports every bad row with its line number and column', () => {
    const text = [
      HEADER,
      'c1,,ok,,,,,',
      ',,no identity,,,,,',
      'c3,,,not a domain,lots,2.5,Mars/Olympus,gold',
      'c1,,again,,,,,',
    ].join('\n');

    expect(problems(text)).toEqual([
      'line 3, id: one of id or account_id is required',
      'line 4, email_domain: expected a domain such as example.com',
      'line 4, annual_revenue: expected a non-negative number',
      'line 4, products: expected a whole number',
      'line 4, time_zone: expected an IANA time zone',
      'line 4, segment: unknown segment "gold"; expected one of strategic, standard, low-margin',
      'line 5: duplicate customer id:c1 (also on line 2)',
    ]);
  });

  it('names unknown columns', () => {
    expect(problems('id,revenue\nc1,5\n')).toEqual([
      'line 1: unknown columns revenue; expected id, account_id, name, email_domain, annual_revenue, products, time_zone, segment',
    ]);
  });

  it('reports malformed CSV instead of guessing', () => {
    expect(problems(`${HEADER}\nc1,,"unclosed\n`)[0]).toMatch(/^csv: /);
  });

  it('puts the problems in the message, one per line, for the command line', () => {
    expect(() => parseCustomerCsv(`${HEADER}\n,,x,,,,,\n`)).toThrow(
      '1 problem in the customer CSV:\nline 2, id: one of id or account_id is required',
    );
  });
});
