import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertMarkers } from '../../../../shared/alerts/dynamo-alert-markers.js';
import { keys } from '../../../../shared/cases/table.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
let markers: DynamoAlertMarkers;
let tableName: string;

const at = (iso: string): Date => new Date(iso);

beforeAll(async () => {
  tableName = await dynamo.freshTable();
  markers = new DynamoAlertMarkers({ client: dynamo.client(), tableName, leaseSeconds: 60 });
});

const markerOf = async (caseId: string, eventId: string) =>
  (
    await dynamo
      .client()
      .send(new GetCommand({ TableName: tableName, Key: keys.alertMarker(caseId, eventId) }))
  ).Item;

describe('DynamoAlertMarkers', () => {
  it('claims a new alert once: a second claim inside the lease is busy', async () => {
    const key = { caseId: 'c-1', eventId: '000001' };
    expect(await markers.claim(key, at('2026-11-24T03:30:00Z'))).toBe('claimed');
    expect(await markers.claim(key, at('2026-11-24T03:30:30Z'))).toBe('busy');
    expect(await markerOf('c-1', '000001')).toMatchObject({
      entity: 'alert-marker',
      status: 'pending',
      attempts: 1,
      leaseUntil: Date.parse('2026-11-24T03:31:00Z'),
      expiresAt: Date.parse('2026-12-24T03:30:00Z') / 1000,
    });
  });

  it('lets a retry take over a pending alert whose lease expired (a crashed publisher)', async () => {
    const key = { caseId: 'c-2', eventId: '000001' };
    await markers.claim(key, at('2026-11-24T03:30:00Z'));
    expect(await markers.claim(key, at('2026-11-24T03:31:01Z'))).toBe('claimed');
    expect(await markerOf('c-2', '000001')).toMatchObject({ status: 'pending', attempts: 2 });
  });

  it('releases a claim after a failed publish: the next claim succeeds inside the lease', async () => {
    const key = { caseId: 'c-4', eventId: '000001' };
    await markers.claim(key, at('2026-11-24T03:30:00Z'));
    await markers.release(key);
    expect(await markers.claim(key, at('2026-11-24T03:30:01Z'))).toBe('claimed');
  });

  it('leaves a sent alert sent when released', async () => {
    const key = { caseId: 'c-5', eventId: '000001' };
    await markers.claim(key, at('2026-11-24T03:30:00Z'));
    await markers.markSent(key, {
      topic: 'senior',
      messageId: 'm-5',
      now: at('2026-11-24T03:30:01Z'),
    });
    await markers.release(key);
    expect(await markers.claim(key, at('2026-11-24T03:30:02Z'))).toBe('sent');
  });

  it('reports a sent alert as sent, however late the redelivery', async () => {
    const key = { caseId: 'c-3', eventId: '000002' };
    await markers.claim(key, at('2026-11-24T03:30:00Z'));
    await markers.markSent(key, {
      topic: 'senior',
      messageId: 'm-1',
      now: at('2026-11-24T03:30:01Z'),
    });
    expect(await markers.claim(key, at('2026-11-25T03:30:00Z'))).toBe('sent');
    const marker = await markerOf('c-3', '000002');
    expect(marker).toMatchObject({
      status: 'sent',
      topic: 'senior',
      messageId: 'm-1',
      sentAt: '2026-11-24T03:30:01.000Z',
    });
    expect(marker).not.toHaveProperty('leaseUntil');
  });
});
