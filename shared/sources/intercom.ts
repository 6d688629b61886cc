import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { accepted, ignored, JSON_MEDIA_TYPES, type SourceAdapter } from './adapter.js';
import { INTERCOM_SIGNATURE } from './signature-schemes.js';
import { verifyBodySignature } from './signature.js';
import {
  buildSignal,
  fromUnixSeconds,
  UnixSecondsSchema,
  parseJson,
  parsePayload,
  resolveCustomer,
} from './signal-builder.js';
import type { Signal } from './signal.js';

type IntercomOptions = SourcesConfig['intercom'];

const Author = z.object({
  type: z.string(),
  email: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
});

const PartSchema = z.object({
  part_type: z.string(),
  body: z.string().nullable().optional(),
  created_at: UnixSecondsSchema.optional(),
  author: Author,
});

// Intercom's Conversation model, API version 2.15; fields we do not read are ignored.
const ConversationSchema = z.object({
  id: z.string().min(1),
  created_at: UnixSecondsSchema,
  updated_at: UnixSecondsSchema.optional(),
  source: z.object({ body: z.string().nullable().optional(), author: Author }).optional(),
  contacts: z
    .object({
      contacts: z.array(
        z.object({ id: z.string(), external_id: z.string().nullable().optional() }),
      ),
    })
    .optional(),
  custom_attributes: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional(),
  conversation_rating: z
    .object({
      rating: z.number().int().nullable().optional(),
      remark: z.string().nullable().optional(),
      created_at: UnixSecondsSchema.optional(),
      updated_at: UnixSecondsSchema.nullable().optional(),
    })
    .nullable()
    .optional(),
  conversation_parts: z.object({ conversation_parts: z.array(PartSchema) }).optional(),
});

const NotificationSchema = z.object({
  type: z.literal('notification_event'),
  id: z.string().min(1),
  topic: z.string(),
  created_at: UnixSecondsSchema,
  data: z.object({ item: z.unknown() }),
});

const TRANSCRIPT_TOPICS = new Set([
  'conversation.user.created',
  'conversation.user.replied',
  'conversation.admin.closed',
]);
const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);

/** API versions before 2.15 send HTML bodies; tags are dropped and common entities decoded. */
const plainText = (html: string): string =>
  html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

type Conversation = z.infer<typeof ConversationSchema>;

/** The customer's and agents' comments, in order; notes, assignments and close parts carry no words. */
const transcript = (item: Conversation): Signal['turns'] => {
  const parts = [
    ...(item.source === undefined
      ? []
      : [{ ...item.source, part_type: 'comment', created_at: item.created_at }]),
    ...(item.conversation_parts?.conversation_parts ?? []),
  ];
  return parts
    .filter((part) => part.part_type === 'comment' && typeof part.body === 'string')
    .map((part) => ({
      role: CUSTOMER_AUTHORS.has(part.author.type) ? ('customer' as const) : ('agent' as const),
      text: plainText(part.body ?? ''),
      ...(part.created_at === undefined ? {} : { at: fromUnixSeconds(part.created_at) }),
    }))
    .filter((turn) => turn.text !== '');
};

/** Intercom: signed per INTERCOM_SIGNATURE, keyed with the app's client secret. */
const intercom: SourceAdapter<IntercomOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { secret }) {
    verifyBodySignature(request, secret.signing, INTERCOM_SIGNATURE);
  },

  normalize(request, { options, receivedAt }) {
    const notification = parsePayload(
      NotificationSchema,
      parseJson(request.body),
      'Intercom notification',
    );
    const rated = notification.topic === 'conversation.rating.added';
    if (!rated && !TRANSCRIPT_TOPICS.has(notification.topic))
      return ignored(`topic ${notification.topic} carries no customer feedback`);
    const item = parsePayload(
      ConversationSchema,
      notification.data.item,
      'Intercom notification data.item',
    );
    const rating = item.conversation_rating ?? null;
    const contact = item.contacts?.contacts[0];
    const author = item.source?.author;
    const fromCustomer = author !== undefined && CUSTOMER_AUTHORS.has(author.type);
    const customer = resolveCustomer(
      item.custom_attributes,
      { ...options.customerFields, accountId: options.accountAttribute },
      {
        // The external id is the customer's id in your systems; Intercom's own id is the fallback.
        id: contact?.external_id ?? contact?.id,
        email: fromCustomer ? (author.email ?? undefined) : undefined,
        name: fromCustomer ? (author.name ?? undefined) : undefined,
      },
    );
    const ratedAt = rating?.updated_at ?? rating?.created_at ?? notification.created_at;
    const signal = buildSignal({
      source: 'intercom',
      // A rating is keyed by conversation and rating time, so a re-sent rating is one event.
      sourceEventId: rated ? `${item.id}:rating:${ratedAt}` : notification.id,
      kind: rated ? 'survey' : 'transcript',
      customer,
      rating:
        rated && typeof rating?.rating === 'number'
          ? { value: rating.rating, scale: 'csat' }
          : null,
      text: rated ? plainText(rating?.remark ?? '') : '',
      turns: rated ? [] : transcript(item),
      submittedAt: fromUnixSeconds(rated ? ratedAt : (item.updated_at ?? notification.created_at)),
      receivedAt: receivedAt.toISOString(),
      metadata: {
        topic: notification.topic,
        conversationId: item.id,
        notificationId: notification.id,
      },
    });
    return accepted(signal);
  },
};

export { intercom, NotificationSchema };
export type { IntercomOptions };
