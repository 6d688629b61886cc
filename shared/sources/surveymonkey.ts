import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { DependencyError } from '../errors.js';
import { header } from '../http.js';
import { accepted, ignored, JSON_MEDIA_TYPES, type SourceAdapter } from './adapter.js';
import { SURVEYMONKEY_SIGNATURE } from './signature-schemes.js';
import { decodeSignature, hmac, matchesAnyKey, safeEqual, unauthorized } from './signature.js';
import {
  buildSignal,
  parseJson,
  parsePayload,
  present,
  resolveCustomer,
} from './signal-builder.js';

type SurveyMonkeyOptions = SourcesConfig['surveymonkey'];

// SurveyMonkey's webhook is thin, ids only: the answers are fetched from its API by id.
const SurveyMonkeyEventSchema = z.object({
  event_type: z.string(),
  event_id: z.string().min(1),
  object_type: z.string().optional(),
  object_id: z.string().min(1),
  event_datetime: z.string().optional(),
  resources: z.object({ survey_id: z.string().min(1), collector_id: z.string().optional() }),
});

// GET /surveys/{survey_id}/responses/{response_id}/details
const ResponseDetailsSchema = z.object({
  id: z.string(),
  date_created: z.iso.datetime({ offset: true }).optional(),
  date_modified: z.iso.datetime({ offset: true }).optional(),
  email_address: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  custom_variables: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  pages: z.array(
    z.object({
      questions: z.array(
        z.object({
          id: z.string(),
          answers: z.array(
            z.object({ choice_id: z.string().optional(), text: z.string().optional() }),
          ),
        }),
      ),
    }),
  ),
});

// GET /surveys/{survey_id}/details: only the choices of the rating question are read.
const SurveyDetailsSchema = z.object({
  pages: z.array(
    z.object({
      questions: z.array(
        z.object({
          id: z.string(),
          answers: z
            .object({
              choices: z
                .array(
                  z.object({
                    id: z.string(),
                    text: z.string().optional(),
                    weight: z.number().optional(),
                  }),
                )
                .optional(),
            })
            .optional(),
        }),
      ),
    }),
  ),
});

const RESPONSE_EVENTS = new Set(['response_completed', 'response_updated']);

const numeric = (text: string | undefined): number | undefined => {
  const value = Number(text?.trim() === '' ? Number.NaN : text);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * SurveyMonkey: signed per SURVEYMONKEY_SIGNATURE; the API key header must name the configured
 * client id when there is one. No timestamp.
 */
const surveymonkey: SourceAdapter<SurveyMonkeyOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { secret }) {
    const scheme = SURVEYMONKEY_SIGNATURE;
    const signature = header(request.headers, scheme.header);
    const apiKey = header(request.headers, scheme.apiKeyHeader);
    if (signature === undefined || apiKey === undefined)
      throw unauthorized('missing SurveyMonkey signature');
    const clientId = secret.clientId ?? apiKey;
    if (!safeEqual(Buffer.from(apiKey), Buffer.from(clientId)))
      throw unauthorized('unexpected SurveyMonkey client id');
    const received = decodeSignature(signature, scheme.encoding);
    if (
      !matchesAnyKey(received, secret.signing, (key) =>
        hmac(scheme.algorithm, scheme.key(clientId, key), request.body),
      )
    )
      throw unauthorized('SurveyMonkey signature mismatch');
  },

  async normalize(request, { options, receivedAt, api, secret }) {
    const event = parsePayload(
      SurveyMonkeyEventSchema,
      parseJson(request.body),
      'SurveyMonkey webhook',
    );
    if (!RESPONSE_EVENTS.has(event.event_type))
      return ignored(`event type ${event.event_type} carries no answers`);
    if (secret?.apiToken === undefined)
      throw new DependencyError(
        'the surveymonkey secret has no apiToken to fetch the response with',
      );
    const auth = { authorization: `Bearer ${secret.apiToken}` };
    const survey = `${options.apiBaseUrl}/surveys/${encodeURIComponent(event.resources.survey_id)}`;
    const response = parsePayload(
      ResponseDetailsSchema,
      await api.getJson(`${survey}/responses/${encodeURIComponent(event.object_id)}/details`, auth),
      'SurveyMonkey response details',
    );
    const questions = response.pages.flatMap((page) => page.questions);
    const ratingQuestion = questions.find((question) =>
      Object.hasOwn(options.ratingQuestions, question.id),
    );
    const scale =
      ratingQuestion === undefined ? undefined : options.ratingQuestions[ratingQuestion.id];
    let value: number | undefined;
    const answer = ratingQuestion?.answers[0];
    if (answer?.choice_id !== undefined) {
      // A choice's score is its label ("0".."10") or its weight, both in the survey definition.
      const details = parsePayload(
        SurveyDetailsSchema,
        await api.getJson(`${survey}/details`, auth),
        'SurveyMonkey survey details',
      );
      const choice = details.pages
        .flatMap((page) => page.questions)
        .find((question) => question.id === ratingQuestion?.id)
        ?.answers?.choices?.find((candidate) => candidate.id === answer.choice_id);
      value = numeric(choice?.text) ?? choice?.weight;
    } else value = numeric(answer?.text);
    const comments = questions
      .filter((question) => question !== ratingQuestion)
      .filter(
        (question) =>
          options.commentQuestions.length === 0 || options.commentQuestions.includes(question.id),
      )
      .flatMap((question) => question.answers)
      .filter((item) => item.choice_id === undefined && present(item.text) !== undefined)
      .map((item) => item.text?.trim() ?? '');
    const name = [response.first_name, response.last_name]
      .map((part) => part?.trim() ?? '')
      .join(' ');
    return accepted(
      buildSignal({
        source: 'surveymonkey',
        sourceEventId: event.event_id,
        kind: 'survey',
        customer: resolveCustomer(response.custom_variables, options.customerFields, {
          email: response.email_address,
          name,
        }),
        rating: scale === undefined || value === undefined ? null : { value, scale },
        text: comments.join('\n\n'),
        turns: [],
        submittedAt: response.date_modified ?? response.date_created ?? receivedAt.toISOString(),
        receivedAt: receivedAt.toISOString(),
        metadata: {
          eventType: event.event_type,
          surveyId: event.resources.survey_id,
          responseId: event.object_id,
          ...(event.resources.collector_id === undefined
            ? {}
            : { collectorId: event.resources.collector_id }),
        },
      }),
    );
  },
};

export { surveymonkey, SurveyMonkeyEventSchema };
export type { SurveyMonkeyOptions };
