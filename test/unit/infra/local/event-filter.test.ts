import { describe, expect, it } from 'vitest';
import { passesFilters } from '../../../../infra/local/event-filter.js';
import { TOPOLOGY } from '../../../../shared/config/topology.js';

const { filters } = TOPOLOGY.notify.trigger;
const record = (eventName: string, entity: string) => ({
  eventName,
  dynamodb: { NewImage: { entity: { S: entity } } },
});

describe('passesFilters', () => {
  it("lets notify's stream filter pass a new case event", () => {
    expect(passesFilters(filters, record('INSERT', 'case-event'))).toBe(true);
  });

  it('passes over other entities, changes and records without the field', () => {
    expect(passesFilters(filters, record('INSERT', 'case'))).toBe(false);
    expect(passesFilters(filters, record('MODIFY', 'case-event'))).toBe(false);
    expect(passesFilters(filters, { eventName: 'INSERT' })).toBe(false);
  });

  it('passes everything when there is no filter', () => {
    expect(passesFilters([], { anything: true })).toBe(true);
  });
});
