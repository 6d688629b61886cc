import { describe, expect, it } from 'vitest';
import { withCaseLinks } from '../../../../shared/alerts/case-links.js';
import { ConfigError } from '../../../../shared/errors.js';

describe('withCaseLinks', () => {
  it('links to the console case pages at the origin when nothing is configured', () => {
    expect(withCaseLinks({}, 'https://d111.cloudfront.net/').caseLinkBaseUrl).toBe(
      'https://d111.cloudfront.net/console/cases',
    );
  });

  it('keeps a configured base over the console', () => {
    const config = { caseLinkBaseUrl: 'https://crm.example.com/cases' };

    expect(withCaseLinks(config, 'https://d111.cloudfront.net').caseLinkBaseUrl).toBe(
      'https://crm.example.com/cases',
    );
  });

  it('fails naming both settings when there is neither', () => {
    const resolve = () => withCaseLinks({}, undefined);

    expect(resolve).toThrow(ConfigError);
    expect(resolve).toThrow('caseLinkBaseUrl: is required when ADVOCACY_CONSOLE_ORIGIN is not set');
  });
});
