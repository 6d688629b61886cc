import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { ValidationError } from '../errors.js';
import { accepted, ignored, type Normalized } from './adapter.js';
import { buildSignal, parseJson, parsePayload, resolveCustomer } from './signal-builder.js';
import type { Signal } from './signal.js';

type ContactLensOptions = SourcesConfig['contactlens'];

// Contact Lens post-call analytics output; only what the Signal needs is read, the rest is ignored.
const AnalysisFileSchema = z.object({
  JobStatus: z.string(),
  Channel: z.string().optional(),
  LanguageCode: z.string().optional(),
  Participants: z.array(z.object({ ParticipantId: z.string(), ParticipantRole: z.string() })),
  Categories: z.object({ MatchedCategories: z.array(z.string()).default([]) }).prefault({}),
  ConversationCharacteristics: z
    .object({
      Sentiment: z
        .object({
          OverallSentiment: z.object({ CUSTOMER: z.number().optional() }).prefault({}),
          SentimentByPeriod: z
            .object({
              QUARTER: z
                .object({ CUSTOMER: z.array(z.object({ Score: z.number() })).default([]) })
                .prefault({}),
            })
            .prefault({}),
        })
        .prefault({}),
    })
    .prefault({}),
  Transcript: z.array(
    z.object({ ParticipantId: z.string(), Content: z.string(), Sentiment: z.string().optional() }),
  ),
});

// Analysis/Voice/YYYY/MM/DD/<contactId>_analysis_<timestamp>.json, or .../Redacted/... _analysis_redacted_...
const KEY_PATTERN =
  /^(?:.*\/)?Analysis\/Voice\/(Redacted\/)?\d{4}\/\d{2}\/\d{2}\/([A-Za-z0-9-]{1,128})_analysis_(redacted_)?([^/]+)\.json$/;

interface AnalysisKey {
  readonly contactId: string;
  readonly analysedAt: Date | undefined;
}

/**
 * The contact id and time named by an analysis file's S3 key, or undefined for keys that are not
 * the configured variant (original or redacted): each call is ingested from one file only.
 */
const parseAnalysisKey = (
  key: string,
  variant: ContactLensOptions['analysisFiles'],
): AnalysisKey | undefined => {
  const match = KEY_PATTERN.exec(key);
  if (match === null) return undefined;
  const redacted = match[1] !== undefined || match[3] !== undefined;
  if (redacted !== (variant === 'redacted')) return undefined;
  const analysedAt = new Date(match[4] ?? '');
  return {
    contactId: match[2] ?? '',
    analysedAt: Number.isNaN(analysedAt.getTime()) ? undefined : analysedAt,
  };
};

const ROLES: Readonly<Record<string, 'customer' | 'agent'>> = {
  CUSTOMER: 'customer',
  AGENT: 'agent',
};

/** Clamps into the sentiment scale: the file's average is documented as -5..+5. */
const clampSentiment = (value: number): number => Math.max(-5, Math.min(5, value));

/**
 * Normalizes one Contact Lens analysis file. The customer comes from the contact's attributes
 * (Amazon Connect GetContactAttributes), named by `attributeNames`.
 */
const normalizeContactLens = (
  file: Buffer,
  key: string,
  attributes: Readonly<Record<string, string>>,
  options: ContactLensOptions,
  receivedAt: Date,
): Normalized => {
  const parsedKey = parseAnalysisKey(key, options.analysisFiles);
  if (parsedKey === undefined)
    throw new ValidationError('not a Contact Lens voice analysis file of the configured variant', [
      {
        path: 'key',
        message: `expected Analysis/Voice/${options.analysisFiles === 'redacted' ? 'Redacted/' : ''}YYYY/MM/DD/<contactId>_analysis_...json`,
      },
    ]);
  const analysis = parsePayload(AnalysisFileSchema, parseJson(file), 'Contact Lens analysis file');
  if (analysis.JobStatus !== 'COMPLETED') return ignored(`job status ${analysis.JobStatus}`);
  // Older files put the role itself into ParticipantId; newer ones map ids through Participants.
  const roleOf = new Map(analysis.Participants.map((p) => [p.ParticipantId, p.ParticipantRole]));
  const turns: Signal['turns'] = [];
  const customerSentiments: string[] = [];
  for (const entry of analysis.Transcript) {
    const role = ROLES[roleOf.get(entry.ParticipantId) ?? entry.ParticipantId];
    if (role === undefined || entry.Content.trim() === '') continue;
    turns.push({ role, text: entry.Content });
    if (role === 'customer') customerSentiments.push(entry.Sentiment ?? 'NEUTRAL');
  }
  const sentiment = analysis.ConversationCharacteristics.Sentiment;
  const overall = sentiment.OverallSentiment.CUSTOMER;
  const names = options.attributeNames;
  return accepted(
    buildSignal({
      source: 'contactlens',
      sourceEventId: parsedKey.contactId,
      kind: 'transcript',
      customer: resolveCustomer(attributes, {
        customerId: names.customerId,
        email: names.email,
        accountId: names.accountId,
        segment: names.segment,
      }),
      rating: overall === undefined ? null : { value: clampSentiment(overall), scale: 'sentiment' },
      text: '',
      turns,
      submittedAt: (parsedKey.analysedAt ?? receivedAt).toISOString(),
      receivedAt: receivedAt.toISOString(),
      metadata: {
        contactId: parsedKey.contactId,
        categories: analysis.Categories.MatchedCategories,
        customerSentimentByQuarter: sentiment.SentimentByPeriod.QUARTER.CUSTOMER.map(
          (period) => period.Score,
        ),
        customerTurnSentiments: customerSentiments,
        ...(analysis.Channel === undefined ? {} : { channel: analysis.Channel }),
        ...(analysis.LanguageCode === undefined ? {} : { languageCode: analysis.LanguageCode }),
      },
    }),
  );
};

export { AnalysisFileSchema, normalizeContactLens, parseAnalysisKey };
export type { AnalysisKey, ContactLensOptions };
