import { describe, expect, it } from 'vitest';
import {
  readTemplatedBody,
  ZENDESK_TEMPLATE_FIELDS,
} from '../../../../shared/sources/zendesk-template.js';

// Our trigger template as Zendesk renders it, with the customer's text pasted in raw.
const renderedTemplate = (subject: string, comment: string): string =>
  [
    '{',
    '  "schema": "advocacy.zendesk.csat.v1",',
    '  "score": "bad",',
    `  "ticket": { "id": "48211", "subject": "${subject}", "status": "solved" },`,
    '  "requester": {',
    '    "name": "José Núñez"',
    '  } ,',
    `  "satisfaction": { "comment": "${comment}" }`,
    '}',
  ].join('\n');

describe('readTemplatedBody', () => {
  it('reads each value up to the quote before the comma, brace or next section that follows it', () => {
    // Prepare
    const text = renderedTemplate('Factura "duplicada"', 'Nadie me "ayudó",\n  de verdad.');

    // Act
    const body = readTemplatedBody(text, ZENDESK_TEMPLATE_FIELDS);

    // Assess
    expect(body).toEqual({
      schema: 'advocacy.zendesk.csat.v1',
      score: 'bad',
      ticket: { id: '48211', subject: 'Factura "duplicada"', status: 'solved' },
      requester: { name: 'José Núñez' },
      satisfaction: { comment: 'Nadie me "ayudó",\n  de verdad.' },
    });
  });

  it('keeps the whole rest of the text when the last value is not followed by two braces', () => {
    // Prepare
    const text = '{"schema":"advocacy.zendesk.csat.v1","score":"bad" ,';

    // Act
    const body = readTemplatedBody(text, ZENDESK_TEMPLATE_FIELDS);

    // Assess
    expect(body).toEqual({ schema: 'advocacy.zendesk.csat.v1', score: 'bad" ,' });
  });

  it("reads a key only in its own section: a requester without a name never gets the organization's", () => {
    // Prepare: the requester's name left out of an edited template, the comment's quote
    // making the body invalid JSON.
    const text = [
      '{ "schema": "advocacy.zendesk.csat.v1", "score": "bad",',
      '  "requester": { "id": "901", "email": "ana@example.com" },',
      '  "organization": { "name": "Northwind", "segment": "enterprise" },',
      '  "satisfaction": { "comment": "Sin "respuesta"" } }',
    ].join('\n');

    // Act
    const body = readTemplatedBody(text, ZENDESK_TEMPLATE_FIELDS);

    // Assess
    expect(body).toEqual({
      schema: 'advocacy.zendesk.csat.v1',
      score: 'bad',
      requester: { id: '901', email: 'ana@example.com' },
      organization: { name: 'Northwind', segment: 'enterprise' },
      satisfaction: { comment: 'Sin "respuesta"' },
    });
  });

  it('does not read text with fewer than two of the template fields', () => {
    expect(readTemplatedBody('{"score":"bad"', ZENDESK_TEMPLATE_FIELDS)).toBeUndefined();
  });

  it('reads a 250 KB value of a quote and spaces in one pass', () => {
    // Prepare: a quote followed by a long run of spaces made the former trailer pattern
    // backtrack quadratically (over 15 s of CPU at 128 KB); one pass takes milliseconds.
    const subject = `x"${' '.repeat(250_000)}x`;
    const text = renderedTemplate(subject, 'Nadie me ayudó.');
    const started = performance.now();

    // Act
    const body = readTemplatedBody(text, ZENDESK_TEMPLATE_FIELDS);

    // Assess
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(body).toMatchObject({
      ticket: { subject, status: 'solved' },
      satisfaction: { comment: 'Nadie me ayudó.' },
    });
  });
});
