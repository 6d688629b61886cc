import type { IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import {
  itemSize,
  transactionWriteUnits,
  writeUnitsOf,
  type IndexKeys,
  type ItemChange,
  type WireItem,
} from '../../shared/cost/dynamodb-units.js';
import { operationOf, send, type EdgeRequest, type EdgeResponse } from './edge-observer.js';

/** What one DynamoDB request cost, as DynamoDB bills it. */
interface DynamoCharge {
  readonly readUnits: number;
  readonly writeUnits: number;
}

interface DynamoMeter {
  /** The body to send: ReturnConsumedCapacity asked for; a transaction's images read first. */
  prepare(request: EdgeRequest): Promise<Buffer>;
  charge(request: EdgeRequest, response: EdgeResponse): Promise<DynamoCharge>;
}

/** A span of time the meter spent on its own reads (not the handler's). */
interface Span {
  readonly start: number;
  readonly end: number;
}

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const CAPACITY_OPERATIONS = new Set([
  ...READS,
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
]);

interface TableShape {
  readonly key: readonly string[];
  readonly indexes: readonly IndexKeys[];
}

interface KeySchemaElement {
  readonly AttributeName: string;
}

const jsonOf = (body: Buffer, headers: IncomingHttpHeaders): Record<string, unknown> => {
  const text = (headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

interface Capacity {
  readonly CapacityUnits?: number;
}

const capacityOf = (answer: Record<string, unknown>): number => {
  const consumed = answer.ConsumedCapacity as Capacity | readonly Capacity[] | undefined;
  const list = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
  return (list as readonly Capacity[]).reduce((sum, item) => sum + (item.CapacityUnits ?? 0), 0);
};

const consistent = (body: Record<string, unknown>): boolean => body.ConsistentRead === true;

/**
 * BatchGetItem as DynamoDB bills it: each key as its own GetItem (4 KB units, half for an
 * eventually consistent read, the smallest read for a key that finds nothing). DynamoDB Local
 * reports nothing for keys without items.
 */
const batchGetUnits = (
  request: Record<string, unknown>,
  answer: Record<string, unknown>,
): number => {
  const wanted = (request.RequestItems ?? {}) as Record<
    string,
    { Keys?: readonly unknown[]; ConsistentRead?: boolean }
  >;
  const found = (answer.Responses ?? {}) as Record<string, readonly WireItem[]>;
  let units = 0;
  for (const [table, part] of Object.entries(wanted)) {
    const factor = part.ConsistentRead === true ? 1 : 0.5;
    const items = found[table] ?? [];
    const missing = Math.max(0, (part.Keys ?? []).length - items.length);
    units += factor * missing;
    for (const item of items) units += factor * Math.max(1, Math.ceil(itemSize(item) / 4096));
  }
  return units;
};

interface TransactElement {
  readonly Put?: { readonly TableName: string; readonly Item: WireItem };
  readonly Update?: { readonly TableName: string; readonly Key: WireItem };
  readonly Delete?: { readonly TableName: string; readonly Key: WireItem };
  readonly ConditionCheck?: { readonly TableName: string; readonly Key: WireItem };
}

/**
 * Counts what the handlers ask of AWS through the local edge, the way AWS bills it: requests per
 * service and operation (SQS/SNS in 64 KB chunks), DynamoDB read and write units (DynamoDB
 * Local's ConsumedCapacity for single-item operations and queries, asked for on every request;
 * transactions computed from the items' images before and after, see dynamodb-units.ts), and
 * handler invocations with their wall-clock time.
 */
/**
 * DynamoDB's part of the usage meter: single-item operations and queries are charged what
 * DynamoDB Local reports in ConsumedCapacity (asked for on every request), with the smallest
 * charge for a read that finds nothing; BatchGetItem per key; TransactWriteItems from each item's
 * images before and after (dynamodb-units.ts), read around the request. `ownRead` is told the
 * time those extra reads took.
 */
const createDynamoMeter = (ownRead: (span: Span) => void): DynamoMeter => {
  const tables = new Map<string, TableShape>();

  // The meter's own reads go straight to DynamoDB Local and are not counted.
  const dynamo = async (
    request: EdgeRequest,
    operation: string,
    body: unknown,
  ): Promise<Record<string, unknown>> => {
    const start = performance.now();
    const answer = await send(
      request.target,
      'POST',
      '/',
      {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
        authorization: request.headers.authorization ?? '',
      },
      Buffer.from(JSON.stringify(body)),
    );
    ownRead({ start, end: performance.now() });
    return jsonOf(answer.body, answer.headers);
  };

  const shapeOf = async (request: EdgeRequest, table: string): Promise<TableShape> => {
    const known = tables.get(table);
    if (known !== undefined) return known;
    const { Table } = (await dynamo(request, 'DescribeTable', { TableName: table })) as {
      Table?: {
        KeySchema?: readonly KeySchemaElement[];
        GlobalSecondaryIndexes?: readonly {
          IndexName: string;
          KeySchema: readonly KeySchemaElement[];
        }[];
      };
    };
    const shape: TableShape = {
      key: (Table?.KeySchema ?? []).map((key) => key.AttributeName),
      indexes: (Table?.GlobalSecondaryIndexes ?? []).map((index) => ({
        name: index.IndexName,
        attributes: index.KeySchema.map((key) => key.AttributeName),
      })),
    };
    tables.set(table, shape);
    return shape;
  };

  const readItem = async (
    request: EdgeRequest,
    table: string,
    key: WireItem,
  ): Promise<WireItem | undefined> => {
    const { Item } = await dynamo(request, 'GetItem', {
      TableName: table,
      Key: key,
      ConsistentRead: true,
    });
    return Item as WireItem | undefined;
  };

  interface Planned {
    readonly table: string;
    readonly key: WireItem;
    readonly before: WireItem | undefined;
    readonly put: WireItem | undefined;
    readonly kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
  }

  // Images before a transaction, read while it waits at the edge (the scenario runs one at a time).
  const pending = new WeakMap<Buffer, Planned[]>();

  const planTransaction = async (request: EdgeRequest): Promise<void> => {
    const { TransactItems = [] } = jsonOf(request.body, request.headers) as {
      TransactItems?: readonly TransactElement[];
    };
    const planned: Planned[] = [];
    for (const element of TransactItems) {
      const [kind, part] = Object.entries(element)[0] as [
        Planned['kind'],
        { TableName: string; Item?: WireItem; Key?: WireItem },
      ];
      const shape = await shapeOf(request, part.TableName);
      const key =
        part.Key ??
        Object.fromEntries(shape.key.map((name) => [name, part.Item?.[name] ?? { S: '' }]));
      planned.push({
        table: part.TableName,
        key,
        before: await readItem(request, part.TableName, key),
        put: part.Item,
        kind,
      });
    }
    pending.set(request.body, planned);
  };

  const settleTransaction = async (
    request: EdgeRequest,
    response: EdgeResponse,
  ): Promise<number> => {
    const planned = pending.get(request.body) ?? [];
    let writeUnits = 0;
    for (const table of new Set(planned.map((item) => item.table))) {
      const changes: ItemChange[] = [];
      for (const item of planned.filter((one) => one.table === table)) {
        if (item.kind === 'ConditionCheck') continue;
        // A cancelled transaction is counted as if it had written (conservative).
        const after =
          item.kind === 'Delete'
            ? undefined
            : item.kind === 'Put'
              ? item.put
              : response.status === 200
                ? await readItem(request, table, item.key)
                : item.before;
        changes.push({ before: item.before, after });
      }
      const units = transactionWriteUnits(changes, (await shapeOf(request, table)).indexes);
      writeUnits += units.table + units.indexes;
    }
    return writeUnits;
  };

  return {
    prepare: async (request) => {
      const operation = operationOf(request);
      if (operation === 'TransactWriteItems') {
        await planTransaction(request);
        return request.body;
      }
      if (!CAPACITY_OPERATIONS.has(operation)) return request.body;
      const body = jsonOf(request.body, request.headers);
      return Buffer.from(JSON.stringify({ ...body, ReturnConsumedCapacity: 'INDEXES' }));
    },
    charge: async (request, response) => {
      const operation = operationOf(request);
      if (operation === 'TransactWriteItems')
        return { readUnits: 0, writeUnits: await settleTransaction(request, response) };
      const answer = jsonOf(response.body, response.headers);
      let units =
        operation === 'BatchGetItem'
          ? batchGetUnits(jsonOf(request.body, request.headers), answer)
          : capacityOf(answer);
      // DynamoDB bills a read that finds nothing as the smallest read (DynamoDB Local says 0).
      if (READS.has(operation) && operation !== 'BatchGetItem')
        units = Math.max(units, consistent(jsonOf(request.body, request.headers)) ? 1 : 0.5);
      // A failed conditional write still costs at least one write unit (DynamoDB Local omits it).
      if (units === 0 && response.status !== 200 && !READS.has(operation)) {
        const { Item } = jsonOf(request.body, request.headers) as { Item?: WireItem };
        units = writeUnitsOf(Item === undefined ? 0 : itemSize(Item));
      }
      return READS.has(operation)
        ? { readUnits: units, writeUnits: 0 }
        : { readUnits: 0, writeUnits: units };
    },
  };
};

export { createDynamoMeter };
export type { DynamoCharge, DynamoMeter, Span };
