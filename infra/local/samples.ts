import type { SourceName } from '../../shared/config/sources-schema.js';

/** Who is writing in: identity fields every platform can carry in some form. */
interface SampleCustomer {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly accountId: string;
  readonly accountName: string;
  /** A configured segment name, sent where the platform has a custom field for it. */
  readonly segment?: string;
}

/** One piece of feedback: an NPS-style rating (0-10) and the customer's words. */
interface SampleFeedback {
  /** The platform's response/event id: the same id twice is one delivery sent twice. */
  readonly responseId: string;
  readonly nps: number;
  readonly comment: string;
  readonly at: Date;
}

/** Sources whose webhooks carry the feedback itself (SurveyMonkey and Qualtrics send ids only). */
const SELF_CONTAINED_SOURCES = ['generic', 'typeform', 'delighted', 'zendesk', 'intercom'] as const;

type SampleSource = (typeof SELF_CONTAINED_SOURCES)[number];

const unix = (at: Date): number => Math.floor(at.getTime() / 1000);

const generic = (customer: SampleCustomer, feedback: SampleFeedback): unknown => ({
  type: 'survey.response.completed',
  timestamp: feedback.at.toISOString(),
  data: {
    response_id: feedback.responseId,
    survey: { id: 'relationship-nps', name: 'Quarterly relationship survey' },
    respondent: { id: customer.id, email: customer.email, name: customer.name },
    account: {
      id: customer.accountId,
      name: customer.accountName,
      ...(customer.segment === undefined ? {} : { segment: customer.segment }),
    },
    rating: { metric: 'nps', value: feedback.nps, scale_min: 0, scale_max: 10 },
    comment: feedback.comment,
    submitted_at: feedback.at.toISOString(),
  },
});

const typeform = (customer: SampleCustomer, feedback: SampleFeedback): unknown => ({
  event_id: `evt-${feedback.responseId}`,
  event_type: 'form_response',
  form_response: {
    form_id: 'Xq7Lw2',
    token: feedback.responseId,
    submitted_at: feedback.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    hidden: {
      customer_id: customer.id,
      account_id: customer.accountId,
      email: customer.email,
      ...(customer.segment === undefined ? {} : { segment: customer.segment }),
    },
    definition: { title: 'How are we doing?' },
    answers: [
      {
        type: 'number',
        number: feedback.nps,
        field: { id: 'f1', type: 'opinion_scale', ref: 'nps_score' },
      },
      { type: 'text', text: feedback.comment, field: { id: 'f2', type: 'long_text', ref: 'why' } },
    ],
  },
});

const delighted = (customer: SampleCustomer, feedback: SampleFeedback): unknown => ({
  event_type: 'survey_response.updated',
  event_id: `evt-${feedback.responseId}`,
  event_data: {
    id: feedback.responseId,
    person: { id: customer.id, email: customer.email, name: customer.name },
    survey_type: 'nps',
    score: feedback.nps,
    comment: feedback.comment,
    created_at: unix(feedback.at),
    updated_at: unix(feedback.at),
    person_properties: {
      customer_id: customer.id,
      account_id: customer.accountId,
      ...(customer.segment === undefined ? {} : { segment: customer.segment }),
    },
  },
});

// Our documented Zendesk trigger body (advocacy.zendesk.csat.v1): every value is a string.
const zendesk = (customer: SampleCustomer, feedback: SampleFeedback): unknown => ({
  schema: 'advocacy.zendesk.csat.v1',
  score: feedback.nps <= 6 ? 'bad' : 'good',
  ticket: {
    id: feedback.responseId,
    subject: 'Feedback on your recent request',
    status: 'solved',
    link: `https://example.zendesk.com/agent/tickets/${feedback.responseId}`,
    created_at: feedback.at.toISOString().slice(0, 16) + 'Z',
    tags: 'advocacy csat',
  },
  requester: {
    id: customer.id,
    email: customer.email,
    name: customer.name,
    external_id: customer.id,
  },
  organization: {
    name: customer.accountName,
    external_id: customer.accountId,
    ...(customer.segment === undefined ? {} : { segment: customer.segment }),
  },
  satisfaction: {
    rating: feedback.nps <= 6 ? "Bad, I'm unsatisfied" : "Good, I'm satisfied",
    comment: feedback.comment,
  },
});

const intercom = (customer: SampleCustomer, feedback: SampleFeedback): unknown => ({
  type: 'notification_event',
  id: `notif_${feedback.responseId}`,
  topic: 'conversation.rating.added',
  app_id: 'local-app',
  created_at: unix(feedback.at),
  data: {
    type: 'notification_event_data',
    item: {
      type: 'conversation',
      id: feedback.responseId,
      created_at: unix(feedback.at) - 600,
      updated_at: unix(feedback.at),
      source: {
        body: 'Hello, I need help with my account.',
        author: { type: 'user', email: customer.email, name: customer.name },
      },
      contacts: { contacts: [{ id: `ic-${customer.id}`, external_id: customer.id }] },
      custom_attributes: {
        'Account ID': customer.accountId,
        ...(customer.segment === undefined ? {} : { segment: customer.segment }),
      },
      conversation_rating: {
        // Intercom rates 1-5: map the 0-10 sample onto it.
        rating: Math.max(1, Math.round(feedback.nps / 2)),
        remark: feedback.comment,
        created_at: unix(feedback.at),
        updated_at: unix(feedback.at),
      },
      conversation_parts: { conversation_parts: [] },
    },
  },
});

const BUILDERS: Record<
  SampleSource,
  (customer: SampleCustomer, feedback: SampleFeedback) => unknown
> = {
  generic,
  typeform,
  delighted,
  zendesk,
  intercom,
};

/**
 * A webhook body as the platform would send it, carrying one customer's feedback: the same
 * scenario can be replayed through any self-contained source.
 */
const samplePayload = (
  source: SampleSource,
  customer: SampleCustomer,
  feedback: SampleFeedback,
): string => JSON.stringify(BUILDERS[source](customer, feedback));

const isSampleSource = (source: SourceName): source is SampleSource =>
  (SELF_CONTAINED_SOURCES as readonly string[]).includes(source);

export { isSampleSource, samplePayload, SELF_CONTAINED_SOURCES };
export type { SampleCustomer, SampleFeedback, SampleSource };
