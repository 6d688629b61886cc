import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ALERTING_EVENTS, ENTITIES } from '../cases/model.js';

/**
 * Alerting case events recorded between two instants, read from the table itself: the fallback
 * when a failed batch's stream range is no longer retained. A Scan, acceptable for an operator
 * command run on a rare failure; delivering them again is safe, as sent alerts have markers.
 */
const findAlertingEvents = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  window: { readonly from: string; readonly to: string },
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression:
          'entity = :entity AND #type IN (:t0, :t1, :t2) AND #at BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#type': 'type', '#at': 'at' },
        ExpressionAttributeValues: {
          ':entity': ENTITIES.caseEvent,
          ':t0': ALERTING_EVENTS[0],
          ':t1': ALERTING_EVENTS[1],
          ':t2': ALERTING_EVENTS[2],
          ':from': window.from,
          ':to': window.to,
        },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
};

export { findAlertingEvents };
