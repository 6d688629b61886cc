import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { accepted, ignored, JSON_MEDIA_TYPES, type SourceAdapter } from './adapter.js';
import { DELIGHTED_SIGNATURE } from './signature-schemes.js';
import { verifyBodySignature } from './signature.js';
import {
  buildSignal,
  fromUnixSeconds,
  parseJson,
  parsePayload,
  resolveCustomer,
  UnixSecondsSchema,
} from './signal-builder.js';

type DelightedOptions = SourcesConfig['delighted'];

const Primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

// Delighted's `survey_response.*` webhook: the response and its person, ids as string or number.
const DelightedBodySchema = z.object({
  event_type: z.string(),
  event_id: z.string().min(1),
  event_data: z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    person: z.object({
      id: z.union([z.string(), z.number()]).transform(String).optional(),
      email: z.string().nullable().optional(),
      name: z.string().nullable().optional(),
    }),
    survey_type: z.string().default('nps'),
    score: z.number().nullable(),
    comment: z.string().nullable().optional(),
    created_at: UnixSecondsSchema,
    updated_at: UnixSecondsSchema.optional(),
    person_properties: z.record(z.string(), Primitive).nullable().optional(),
    additional_answers: z
      .array(z.object({ value: z.object({ free_response: z.string().nullable().optional() }) }))
      .nullable()
      .optional(),
  }),
});

const EnvelopeSchema = z.object({ event_type: z.string() });

const RESPONSE_EVENTS = new Set(['survey_response.created', 'survey_response.updated']);

/**
 * Delighted: signed per DELIGHTED_SIGNATURE, keyed with the project's API key; no timestamp. The
 * scheme is known from a secondary source, not Delighted's own docs: README lists it among the
 * vendor behaviours to confirm with a real delivery.
 */
const delighted: SourceAdapter<DelightedOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { secret }) {
    verifyBodySignature(request, secret.signing, DELIGHTED_SIGNATURE);
  },

  normalize(request, { options, receivedAt }) {
    const json = parseJson(request.body);
    const { event_type: eventType } = parsePayload(EnvelopeSchema, json, 'Delighted webhook');
    if (!RESPONSE_EVENTS.has(eventType))
      return ignored(`event type ${eventType} is not a survey response`);
    const body = parsePayload(DelightedBodySchema, json, 'Delighted webhook');
    const data = body.event_data;
    // Unknown survey types keep their comment but no rating rather than a misread score.
    const scale = Object.hasOwn(options.surveyTypes, data.survey_type)
      ? options.surveyTypes[data.survey_type]
      : undefined;
    const extra = (data.additional_answers ?? [])
      .map((answer) => answer.value.free_response?.trim() ?? '')
      .filter((text) => text !== '');
    const signal = buildSignal({
      source: 'delighted',
      sourceEventId: body.event_id,
      kind: 'survey',
      customer: resolveCustomer(data.person_properties, options.customerFields, {
        email: data.person.email ?? undefined,
        name: data.person.name ?? undefined,
      }),
      rating: scale === undefined || data.score === null ? null : { value: data.score, scale },
      text: [data.comment ?? '', ...extra].filter((text) => text.trim() !== '').join('\n\n'),
      turns: [],
      submittedAt: fromUnixSeconds(data.updated_at ?? data.created_at),
      receivedAt: receivedAt.toISOString(),
      metadata: {
        eventType: body.event_type,
        responseId: data.id,
        surveyType: data.survey_type,
        ...(scale === undefined ? { unmappedSurveyType: true } : {}),
      },
    });
    return accepted(signal);
  },
};

export { delighted, DelightedBodySchema };
export type { DelightedOptions };
