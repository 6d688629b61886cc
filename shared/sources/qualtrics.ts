import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { DependencyError, ValidationError } from '../errors.js';
import { decodeUtf8, parseJsonWith } from '../parse.js';
import { accepted, ignored, type SourceAdapter, type WebhookRequest } from './adapter.js';
import { QUALTRICS_SIGNATURE } from './signature-schemes.js';
import { decodeSignature, hmac, matchesAnyKey, unauthorized } from './signature.js';
import { buildSignal, parsePayload, pickField, resolveCustomer } from './signal-builder.js';

type QualtricsOptions = SourcesConfig['qualtrics'];

/** The form fields of a Qualtrics event subscription delivery (`Topic`, `MSG`, `HMAC`). */
const readForm = (request: WebhookRequest): URLSearchParams =>
  new URLSearchParams(decodeUtf8(request.body));

const MessageSchema = z.object({
  SurveyID: z.string().min(1),
  ResponseID: z.string().min(1),
  Status: z.string().optional(),
  CompletedDate: z.string().optional(),
  BrandID: z.string().optional(),
});

// GET {apiBaseUrl}/surveys/{surveyId}/responses/{responseId} (endpoint UNCONFIRMED, see README).
const ResponseSchema = z.object({
  result: z.object({
    responseId: z.string(),
    values: z.record(z.string(), z.unknown()),
  }),
});

const readMessage = (form: URLSearchParams): z.infer<typeof MessageSchema> => {
  const text = form.get('MSG');
  if (text === null)
    throw new ValidationError('Qualtrics event has no MSG field', [
      { path: 'MSG', message: 'required' },
    ]);
  return parseJsonWith(
    MessageSchema,
    text,
    {
      notJson: 'Qualtrics MSG is not JSON',
      invalid: 'Qualtrics MSG does not match the expected shape',
    },
    { at: 'MSG' },
  );
};

const asNumber = (value: string | undefined): number | undefined => {
  const number = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
};

/**
 * Qualtrics event subscriptions: form-encoded `Topic` and `MSG` (JSON), signed per
 * QUALTRICS_SIGNATURE with the subscription's `sharedKey`. The scheme is known from a secondary
 * source, not Qualtrics' own docs: README lists it among the vendor behaviours to confirm.
 */
const qualtrics: SourceAdapter<QualtricsOptions> = {
  mediaTypes: ['application/x-www-form-urlencoded'],

  verify(request, { secret }) {
    let form: URLSearchParams;
    try {
      form = readForm(request);
    } catch {
      throw unauthorized('Qualtrics body is not a readable form');
    }
    const scheme = QUALTRICS_SIGNATURE;
    const message = form.get(scheme.signedField);
    const signature = form.get(scheme.field);
    if (message === null || signature === null) throw unauthorized('missing Qualtrics HMAC');
    const received = decodeSignature(signature, scheme.encoding);
    if (!matchesAnyKey(received, secret.signing, (key) => hmac(scheme.algorithm, key, message)))
      throw unauthorized('Qualtrics HMAC mismatch');
  },

  async normalize(request, { options, receivedAt, api, secret }) {
    const form = readForm(request);
    const topic = form.get('Topic') ?? '';
    if (!topic.includes('completedResponse')) return ignored('topic is not a completed response');
    const message = readMessage(form);
    if (secret?.apiToken === undefined)
      throw new DependencyError('the qualtrics secret has no apiToken to fetch the response with');
    const url = `${options.apiBaseUrl}/surveys/${encodeURIComponent(message.SurveyID)}/responses/${encodeURIComponent(message.ResponseID)}`;
    const { values } = parsePayload(
      ResponseSchema,
      await api.getJson(url, { 'x-api-token': secret.apiToken }),
      'Qualtrics response',
    ).result;
    const ratingQid = Object.keys(options.ratingQuestions).find(
      (qid) => pickField(values, qid) !== undefined,
    );
    const scale = ratingQid === undefined ? undefined : options.ratingQuestions[ratingQid];
    const value = ratingQid === undefined ? undefined : asNumber(pickField(values, ratingQid));
    const comments = options.commentQuestions
      .map((qid) => pickField(values, `${qid}_TEXT`) ?? pickField(values, qid))
      .filter((text) => text !== undefined);
    const name = [pickField(values, 'recipientFirstName'), pickField(values, 'recipientLastName')]
      .filter((part) => part !== undefined)
      .join(' ');
    const finished = pickField(values, 'endDate') ?? pickField(values, 'recordedDate');
    return accepted(
      buildSignal({
        source: 'qualtrics',
        sourceEventId: message.ResponseID,
        kind: 'survey',
        customer: resolveCustomer(values, options.customerFields, {
          id: pickField(values, 'externalDataReference'),
          email: pickField(values, 'recipientEmail'),
          name,
        }),
        rating: scale === undefined || value === undefined ? null : { value, scale },
        text: comments.join('\n\n'),
        turns: [],
        submittedAt:
          finished !== undefined && !Number.isNaN(Date.parse(finished))
            ? new Date(finished).toISOString()
            : receivedAt.toISOString(),
        receivedAt: receivedAt.toISOString(),
        metadata: {
          surveyId: message.SurveyID,
          responseId: message.ResponseID,
          ...(ratingQid === undefined ? {} : { ratingQuestion: ratingQid }),
        },
      }),
    );
  },
};

export { qualtrics };
export type { QualtricsOptions };
