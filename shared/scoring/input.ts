import { z } from 'zod';
import { toFieldIssues } from '../config/issues.js';
import { ValidationError } from '../errors.js';
import { parseJsonText } from '../parse.js';
import { RatingSchema, TurnSchema } from '../sources/signal.js';
import { TRIGGER_CATEGORIES, type DetectorInput, type RatingScale } from './assessment.js';
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

/** Parses one JSON line; throws ValidationError naming the bad fields. */
const parseScoreLine = (line: string): ScoreLine => {
  const json = parseJsonText(line, 'not JSON');
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
  if (text === undefined) throw new ValidationError(`no column "${columns.textColumn}"`);
  const cell =
    columns.ratingColumn === undefined ? '' : (record[columns.ratingColumn] ?? '').trim();
  const rating =
    cell === '' ? null : RatingSchema.safeParse({ value: Number(cell), scale: columns.scale });
  if (rating !== null && !rating.success) {
    throw new ValidationError(`rating "${cell}" is not a valid ${columns.scale} value`);
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

export { csvRecordToInput, parseScoreLine };
export type { CsvColumns, ScoreLine };
