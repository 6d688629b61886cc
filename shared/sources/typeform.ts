import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { accepted, ignored, JSON_MEDIA_TYPES, type SourceAdapter } from './adapter.js';
import { TYPEFORM_SIGNATURE } from './signature-schemes.js';
import { verifyBodySignature } from './signature.js';
import { buildSignal, parseJson, parsePayload, resolveCustomer } from './signal-builder.js';

type TypeformOptions = SourcesConfig['typeform'];

// Typeform's `form_response` webhook. Answers carry their value under the key named by `type`.
const AnswerSchema = z.object({
  type: z.string(),
  field: z.object({ id: z.string(), type: z.string(), ref: z.string().optional() }),
  number: z.number().optional(),
  text: z.string().optional(),
  email: z.string().optional(),
});

const TypeformBodySchema = z.object({
  event_id: z.string().min(1),
  event_type: z.string(),
  form_response: z.object({
    form_id: z.string().min(1),
    token: z.string().min(1),
    submitted_at: z.iso.datetime({ offset: true }),
    hidden: z.record(z.string(), z.string()).optional(),
    definition: z.object({ title: z.string().optional() }).optional(),
    answers: z.array(AnswerSchema).default([]),
  }),
});

type Answer = z.infer<typeof AnswerSchema>;

// Only these field types are ratings; a free "number" question (age, seats) is not.
const RATING_FIELD_TYPES = new Set(['opinion_scale', 'rating', 'nps']);

/** The rating: a field whose ref has a configured scale, else the first rating field on the default scale. */
const findRating = (answers: readonly Answer[], options: TypeformOptions) => {
  const numeric = answers.filter(
    (answer) => answer.type === 'number' && answer.number !== undefined,
  );
  const configured = numeric.find(
    (answer) =>
      answer.field.ref !== undefined && Object.hasOwn(options.ratingFields, answer.field.ref),
  );
  if (configured?.field.ref !== undefined && configured.number !== undefined) {
    const scale = options.ratingFields[configured.field.ref];
    if (scale !== undefined) return { value: configured.number, scale, ref: configured.field.ref };
  }
  const fallback = numeric.find((answer) => RATING_FIELD_TYPES.has(answer.field.type));
  if (fallback?.number === undefined || options.defaultScale === null) return null;
  return { value: fallback.number, scale: options.defaultScale, ref: fallback.field.ref };
};

/** Typeform: signed per TYPEFORM_SIGNATURE; no timestamp. */
const typeform: SourceAdapter<TypeformOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { secret }) {
    verifyBodySignature(request, secret.signing, TYPEFORM_SIGNATURE);
  },

  normalize(request, { options, receivedAt }) {
    const body = parsePayload(TypeformBodySchema, parseJson(request.body), 'Typeform webhook');
    if (body.event_type !== 'form_response')
      return ignored(`event type ${body.event_type} is not a completed response`);
    const response = body.form_response;
    const rating = findRating(response.answers, options);
    const text = response.answers
      .filter((answer) => answer.type === 'text' && answer.text !== undefined)
      .map((answer) => answer.text ?? '')
      .join('\n\n');
    const email = response.answers.find((answer) => answer.type === 'email')?.email;
    const signal = buildSignal({
      source: 'typeform',
      sourceEventId: response.token,
      kind: 'survey',
      customer: resolveCustomer(response.hidden, options.customerFields, { email }),
      rating: rating === null ? null : { value: rating.value, scale: rating.scale },
      text,
      turns: [],
      submittedAt: response.submitted_at,
      receivedAt: receivedAt.toISOString(),
      metadata: {
        eventId: body.event_id,
        formId: response.form_id,
        ...(response.definition?.title === undefined
          ? {}
          : { formTitle: response.definition.title }),
        ...(rating?.ref === undefined ? {} : { ratingField: rating.ref }),
      },
    });
    return accepted(signal);
  },
};

export { typeform, TypeformBodySchema };
export type { TypeformOptions };
