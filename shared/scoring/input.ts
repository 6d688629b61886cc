import { z } from 'zod';
import { toFieldIssues } from '../config/issues.js';
import { ValidationError } from '../errors.js';
import { parseJsonText } from '../parse.js';
import { shown } from '../plain-text.js';
import {
  isScalePoint,
  RatingSchema,
  SCALE_RANGES,
  TurnSchema,
  withinScale,
} from '../sources/signal.js';
import {
  TRIGGER_CATEGORIES,
  type DetectorInput,
  type Rating,
  type RatingScale,
  type Turn,
} from './assessment.js';
import type { Expectation } from './evaluate.js';

const ExpectationSchema = z.object({
  openCase: z.boolean(),
  urgent: z.boolean(),
  triggers: z.array(z.enum(TRIGGER_CATEGORIES)),
});

/**
 * One line of `score` input: the dev-set format (`id`, `kind`, `text`, `rating`, `turns`, and
 * optionally `expect`) or a Signal, whose id is `source:sourceEventId`. Extra fields are ignored.
 */
const ScoreLineSchema = z
  .object({
    id: z.string().min(1).optional(),
    source: z.string().optional(),
    sourceEventId: z.string().optional(),
    kind: z.enum(['survey', 'transcript']),
    text: z.string().default(''),
    rating: RatingSchema.nullable().default(null),
    turns: z.array(TurnSchema).default([]),
    expect: ExpectationSchema.optional(),
  })
  .refine((line) => line.id !== undefined || line.sourceEventId !== undefined, {
    error: 'an id (or a Signal source and sourceEventId) is required',
    path: ['id'],
  });

interface ScoreLine {
  readonly input: DetectorInput;
  readonly expect: Expectation | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOptionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

const CATEGORIES: ReadonlySet<unknown> = new Set(TRIGGER_CATEGORIES);

/** `rating` as ScoreLineSchema outputs it, or undefined when the schema must judge it. */
const plainRating = (value: unknown): Rating | null | undefined => {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) return undefined;
  const { value: number, scale } = value;
  if (
    typeof number !== 'number' ||
    typeof scale !== 'string' ||
    !Object.hasOwn(SCALE_RANGES, scale)
  )
    return undefined;
  const known = scale as RatingScale;
  return withinScale(number, known) && isScalePoint(number, known)
    ? { value: number, scale: known }
    : undefined;
};

/** `turns` as ScoreLineSchema outputs them (timestamps are left to the schema). */
const plainTurns = (value: unknown): Turn[] | undefined => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const turns: Turn[] = [];
  for (const turn of value as unknown[]) {
    if (!isObject(turn) || turn.at !== undefined || typeof turn.text !== 'string') return undefined;
    if (turn.role !== 'customer' && turn.role !== 'agent') return undefined;
    turns.push({ role: turn.role, text: turn.text });
  }
  return turns;
};

/** `expect` as ScoreLineSchema outputs it; null when absent, undefined when not plainly valid. */
const plainExpectation = (value: unknown): Expectation | null | undefined => {
  if (value === undefined) return null;
  if (!isObject(value) || !Array.isArray(value.triggers)) return undefined;
  const { openCase, urgent } = value;
  const triggers = value.triggers as unknown[];
  if (typeof openCase !== 'boolean' || typeof urgent !== 'boolean') return undefined;
  if (!triggers.every((trigger) => CATEGORIES.has(trigger))) return undefined;
  return { openCase, urgent, triggers: [...triggers] as Expectation['triggers'] };
};

/**
 * The score line a plainly valid JSON value stands for, exactly as ScoreLineSchema would output
 * it; undefined for anything else, which the schema then judges (and names the bad fields of).
 * Bulk scoring checks 50,000 lines in the time zod takes for a few thousand.
 */
const plainScoreLine = (json: unknown): ScoreLine | undefined => {
  if (!isObject(json)) return undefined;
  const { id, source, sourceEventId, kind, text = '' } = json;
  if (!isOptionalString(id) || id === '' || !isOptionalString(source)) return undefined;
  if (!isOptionalString(sourceEventId) || (id === undefined && sourceEventId === undefined))
    return undefined;
  if ((kind !== 'survey' && kind !== 'transcript') || typeof text !== 'string') return undefined;
  const rating = plainRating(json.rating);
  const turns = plainTurns(json.turns);
  const expect = plainExpectation(json.expect);
  if (rating === undefined || turns === undefined || expect === undefined) return undefined;
  return {
    input: { id: id ?? `${source ?? 'signal'}:${sourceEventId ?? ''}`, kind, text, rating, turns },
    expect: expect ?? undefined,
  };
};

/** Parses one JSON line; throws ValidationError naming the bad fields. */
const parseScoreLine = (line: string): ScoreLine => {
  const json = parseJsonText(line, 'not JSON');
  const plain = plainScoreLine(json);
  if (plain !== undefined) return plain;
  const result = ScoreLineSchema.safeParse(json);
  if (!result.success) {
    const issues = toFieldIssues(result.error);
    throw new ValidationError(
      issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      issues,
    );
  }
  const { id, source, sourceEventId, kind, text, rating, turns, expect } = result.data;
  return {
    input: { id: id ?? `${source ?? 'signal'}:${sourceEventId ?? ''}`, kind, text, rating, turns },
    expect,
  };
};

/** How to read a CSV export of survey responses. */
interface CsvColumns {
  readonly textColumn: string;
  readonly ratingColumn?: string | undefined;
  readonly idColumn?: string | undefined;
  readonly scale: RatingScale;
}

/** Turns one CSV record into a survey input; an empty rating cell means "no rating". */
const csvRecordToInput = (
  record: Readonly<Record<string, string | undefined>>,
  columns: CsvColumns,
  row: number,
): DetectorInput => {
  const text = record[columns.textColumn];
  if (text === undefined) throw new ValidationError(`no column ${shown(columns.textColumn)}`);
  const cell =
    columns.ratingColumn === undefined ? '' : (record[columns.ratingColumn] ?? '').trim();
  const rating =
    cell === '' ? null : RatingSchema.safeParse({ value: Number(cell), scale: columns.scale });
  if (rating !== null && !rating.success) {
    throw new ValidationError(`rating ${shown(cell)} is not a valid ${columns.scale} value`);
  }
  const id = columns.idColumn === undefined ? undefined : record[columns.idColumn];
  return {
    id: id === undefined || id === '' ? `row-${row}` : id,
    kind: 'survey',
    text,
    rating: rating === null ? null : rating.data,
    turns: [],
  };
};

export { csvRecordToInput, parseScoreLine, plainScoreLine, ScoreLineSchema };
export type { CsvColumns, ScoreLine };
