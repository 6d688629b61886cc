import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../../../shared/cases/customer.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { chooseSegment } from '../../../../shared/routing/segment.js';
import { exampleConfig } from '../../../helpers/config.js';

let config: AdvocacyConfig;

beforeAll(async () => {
  config = await exampleConfig();
});

const record = (fields: Partial<CustomerRecord>): CustomerRecord => ({
  key: 'account:acme',
  ...fields,
});

describe('chooseSegment', () => {
  it('takes the signal segment first when it names a configured segment', () => {
    const choice = chooseSegment(
      { accountId: 'acme', segment: 'low-margin' },
      record({ segment: 'standard', annualRevenue: 5_000_000 }),
      config,
    );
    expect(choice).toEqual({ segment: 'low-margin', reason: 'signal' });
  });

  it('ignores an unknown signal segment and falls through to the customer record', () => {
    const choice = chooseSegment(
      { accountId: 'acme', segment: 'vip' },
      record({ segment: 'low-margin', annualRevenue: 5_000_000 }),
      config,
    );
    expect(choice).toEqual({ segment: 'low-margin', reason: 'customer record' });
  });

  it('applies the revenue rule', () => {
    const choice = chooseSegment(
      { accountId: 'acme' },
      record({ annualRevenue: 1_000_000, products: 1 }),
      config,
    );
    expect(choice).toEqual({
      segment: 'strategic',
      reason: 'rule: annual revenue >= 1000000',
    });
  });

  it('treats the conditions of one rule as alternatives: breadth of products alone qualifies', () => {
    const choice = chooseSegment(
      { accountId: 'acme' },
      record({ annualRevenue: 20_000, products: 4 }),
      config,
    );
    expect(choice).toEqual({ segment: 'strategic', reason: 'rule: products >= 4' });
  });

  it('falls back to the default segment when nothing matches', () => {
    expect(chooseSegment({ email: 'a@b.example' }, undefined, config)).toEqual({
      segment: 'standard',
      reason: 'default',
    });
    expect(
      chooseSegment({ accountId: 'acme' }, record({ annualRevenue: 999_999, products: 3 }), config),
    ).toEqual({ segment: 'standard', reason: 'default' });
  });

  it('matches named accounts and e-mail domains, in segment order', () => {
    // Prepare
    const named = {
      defaultSegment: 'standard',
      segments: [
        { name: 'strategic', description: '', match: { accountIds: ['acct-42'] } },
        { name: 'low-margin', description: '', match: { emailDomains: ['@Bargain.example'] } },
        { name: 'standard', description: '' },
      ],
    };

    // Act + Assess
    expect(
      chooseSegment({ accountId: 'acct-42', email: 'x@bargain.example' }, undefined, named),
    ).toEqual({ segment: 'strategic', reason: 'rule: account id acct-42' });
    expect(chooseSegment({ email: 'Pat@BARGAIN.example' }, undefined, named)).toEqual({
      segment: 'low-margin',
      reason: 'rule: email domain bargain.example',
    });
    expect(
      chooseSegment({ id: 'c-1' }, record({ accountId: 'acct-42', key: 'id:c-1' }), named),
    ).toEqual({ segment: 'strategic', reason: 'rule: account id acct-42' });
    expect(chooseSegment({ id: 'c-2' }, record({ emailDomain: 'bargain.example' }), named)).toEqual(
      { segment: 'low-margin', reason: 'rule: email domain bargain.example' },
    );
  });
});
