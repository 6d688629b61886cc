import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { ValidationError } from '../errors.js';
import { header } from '../http.js';
import { accepted, JSON_MEDIA_TYPES, type SourceAdapter } from './adapter.js';
import { ZENDESK_SIGNATURE } from './signature-schemes.js';
import { assertFresh, decodeSignature, hmac, matchesAnyKey, unauthorized } from './signature.js';
import { buildSignal, parseJson, parsePayload, resolveCustomer } from './signal-builder.js';
import { readTemplatedBody, ZENDESK_TEMPLATE_FIELDS } from './zendesk-template.js';

type ZendeskOptions = SourcesConfig['zendesk'];

const text = z.string().optional();

// The body our Zendesk trigger template sends: every value is a string, placeholders may be empty.
const ZendeskBodySchema = z.object({
  schema: z.literal('advocacy.zendesk.csat.v1'),
  score: z.enum(['good', 'bad']),
  ticket: z.object({
    id: z.string().min(1),
    subject: text,
    status: text,
    created_at: text,
    tags: text,
  }),
  requester: z.object({ id: text, email: text, name: text, external_id: text }).prefault({}),
  organization: z.object({ name: text, external_id: text, segment: text }).prefault({}),
  satisfaction: z.object({ rating: text, comment: text }).prefault({}),
});

const { header: SIGNATURE, timestampHeader: TIMESTAMP } = ZENDESK_SIGNATURE;

/**
 * Placeholders are pasted into the template as raw text, so a comment with a quote or a newline
 * breaks the JSON. Such a body is read field by field instead (and flagged for review) rather
 * than refused: Zendesk would retry it until it gave up, and the angriest comments are the
 * likeliest to contain quotes.
 */
const readBody = (raw: Buffer): { json: unknown; lenient: boolean } => {
  try {
    return { json: parseJson(raw), lenient: false };
  } catch (error) {
    if (!(error instanceof ValidationError) || error.message !== 'body is not valid JSON')
      throw error;
    const json = readTemplatedBody(raw.toString('utf8'), ZENDESK_TEMPLATE_FIELDS);
    if (json === undefined) throw error;
    return { json, lenient: true };
  }
};

/**
 * Zendesk: signed per ZENDESK_SIGNATURE (the byte order is configurable: the vendor's pages
 * disagree), keyed with the signing secret as text. The signed timestamp gives a replay window.
 */
const zendesk: SourceAdapter<ZendeskOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { options, secret, now, toleranceSeconds }) {
    const signature = header(request.headers, SIGNATURE);
    const timestamp = header(request.headers, TIMESTAMP);
    if (signature === undefined || timestamp === undefined)
      throw unauthorized('missing Zendesk signature');
    assertFresh(new Date(timestamp), now, toleranceSeconds);
    const parts = ZENDESK_SIGNATURE.signedParts(options.signedContent, timestamp, request.body);
    const received = decodeSignature(signature, ZENDESK_SIGNATURE.encoding);
    const compute = (key: string | Buffer) => hmac(ZENDESK_SIGNATURE.algorithm, key, ...parts);
    if (!matchesAnyKey(received, secret.signing, compute))
      throw unauthorized('Zendesk signature mismatch');
  },

  normalize(request, { options, receivedAt }) {
    const { json, lenient } = readBody(request.body);
    const body = parsePayload(ZendeskBodySchema, json, 'Zendesk webhook');
    // No rating-time placeholder exists: the signed timestamp is the closest to the rating time.
    const signedAt = Date.parse(header(request.headers, TIMESTAMP) ?? '');
    const { requester, organization, ticket } = body;
    const signal = buildSignal({
      source: 'zendesk',
      // A customer can change the rating: good then bad are two events, a retry of either is one.
      sourceEventId: `${ticket.id}:${body.score}`,
      kind: 'survey',
      customer: resolveCustomer(null, options.customerFields, {
        id: requester.external_id,
        email: requester.email,
        name: requester.name,
        accountId: organization.external_id,
        accountName: organization.name,
        segment: organization.segment,
      }),
      rating: { value: body.score === 'good' ? 1 : 0, scale: 'binary' },
      text: body.satisfaction.comment?.trim() ?? '',
      turns: [],
      submittedAt: new Date(Number.isNaN(signedAt) ? receivedAt.getTime() : signedAt).toISOString(),
      receivedAt: receivedAt.toISOString(),
      metadata: {
        ticketId: ticket.id,
        ...(ticket.status === undefined ? {} : { ticketStatus: ticket.status }),
        tags: (ticket.tags ?? '').split(/\s+/).filter((tag) => tag !== ''),
        ...(requester.id === undefined || requester.id === '' ? {} : { requesterId: requester.id }),
        ...(lenient ? { lenientParse: true } : {}),
      },
    });
    return accepted(signal);
  },
};

export { zendesk, ZendeskBodySchema };
export type { ZendeskOptions };
