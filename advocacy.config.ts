// The advocacy-pipeline configuration: the one file that drives segments, advocate tiers, SLAs,
// business hours, detection, webhook sources and alert subscriptions. `cdk deploy` reads it at
// synth time, `npm start` reads it for the local stack, and every `advocacy` command takes
// `--config FILE` to use another. Validate it with `npm run --silent advocacy -- config check`.
import { defineConfig } from './shared/config/define.js';

export default defineConfig({
  // Used in AWS resource names and alert texts.
  name: 'advocacy',
  // Alerts link to the case in the advocate console the stack deploys (locally: `npm start`'s).
  // To link somewhere else, e.g. your CRM: caseLinkBaseUrl: 'https://crm.example.com/cases'
  // (alerts then link to `${caseLinkBaseUrl}/${caseId}`).

  // Segments, first match wins: an explicit segment on the signal (e.g. a Typeform hidden field)
  // or on the customer record, then these rules in order, then `defaultSegment`.
  segments: [
    {
      name: 'strategic',
      description:
        'Named accounts, high revenue or broad product use: the most seasoned advocates.',
      match: { annualRevenueAtLeast: 1_000_000, productsAtLeast: 4 },
    },
    {
      name: 'standard',
      description: 'Everyone not placed elsewhere.',
    },
    {
      name: 'low-margin',
      description:
        'Accounts served by standard operating procedures: cases recorded, no advocate paged.',
    },
  ],
  defaultSegment: 'standard',

  // Advocate tiers: which segments each serves, how fast it must acknowledge, where it escalates,
  // and who hears about its cases. Urgent (presently impacted) cases are paged 24x7; non-urgent
  // ones are due within business hours.
  tiers: [
    {
      name: 'senior',
      description: 'Senior advocates for strategic accounts.',
      segments: ['strategic'],
      sla: { urgentMinutes: 15, nonUrgentBusinessMinutes: 240 },
      escalateTo: 'management',
      subscriptions: [
        { name: 'pager', protocol: 'sms', endpoint: '+15555550100', filter: 'urgent' },
        {
          name: 'team-inbox',
          protocol: 'email',
          endpoint: 'senior-advocates@example.com',
          filter: 'all',
        },
      ],
      // Slack and Microsoft Teams channels, alerted through Amazon Q Developer in chat
      // applications (AWS Chatbot). Authorize the Slack workspace or the Teams team once in its
      // console, then list the channels by id (README, "Chat channels"), e.g.:
      //   chat: [
      //     { kind: 'slack', workspaceId: 'T0123ABCD', channelId: 'C0123ABCD', filter: 'all' },
      //     { kind: 'teams', tenantId: '<tenant uuid>', teamId: '<team uuid>',
      //       channelId: '19%3a...%40thread.tacv2', filter: 'urgent' },
      //   ],
    },
    {
      name: 'advocates',
      description: 'Customer advocates for standard accounts.',
      segments: ['standard'],
      sla: { urgentMinutes: 30, nonUrgentBusinessMinutes: 480 },
      escalateTo: 'senior',
      subscriptions: [
        { name: 'team-inbox', protocol: 'email', endpoint: 'advocates@example.com', filter: 'all' },
        {
          name: 'on-call',
          protocol: 'https',
          endpoint: 'https://oncall.example.com/hooks/advocacy',
          filter: 'urgent',
        },
      ],
    },
    {
      name: 'sop',
      description: 'Standard operating procedures: recorded and visible, no advocate alerted.',
      segments: ['low-margin'],
      alerts: false,
      sla: { urgentMinutes: 240, nonUrgentBusinessMinutes: 2400 },
      escalateTo: null,
    },
  ],

  // Business hours for non-urgent acknowledgement deadlines; a tier may override them.
  businessHours: {
    timeZone: 'America/New_York',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '09:00',
    end: '17:00',
    holidays: ['2026-11-26', '2026-12-25', '2027-01-01'],
  },

  // Unacknowledged cases past their deadline escalate along `escalateTo`, at most maxLevels times.
  escalation: { sweepMinutes: 5, maxLevels: 2 },

  // The head of customer success: top of the escalation chain and the weekly review.
  management: {
    subscriptions: [
      { name: 'head-of-cs', protocol: 'email', endpoint: 'head-of-cs@example.com', filter: 'all' },
    ],
    reviewSchedule: 'cron(0 7 ? * MON *)',
  },

  // Detection: thresholds and extra phrases, added to the built-in lexicons.
  detection: {
    thresholds: { extremeScore: 60, watchScore: 30, strongNegativeSentiment: -4 },
    phrases: {
      churn_threat: ['moving to a competitor'],
    },
    disabledPhrases: [],
    competitors: ['Acme Cloud', 'Globex'],
    products: ['Advocacy Portal'],
  },

  // Webhook sources. Each enabled source gets `POST /webhooks/{source}` and a Secrets Manager
  // secret (created empty unless `secretArn` names an existing one). See README, "Platform admin".
  sources: {
    typeform: {
      enabled: true,
      ratingFields: { nps_score: 'nps', csat_score: 'csat' },
      defaultScale: 'nps',
    },
    delighted: { enabled: true },
    zendesk: { enabled: true, signedContent: 'timestamp+body' },
    intercom: { enabled: true, accountAttribute: 'Account ID' },
    surveymonkey: { enabled: true, ratingQuestions: {} },
    qualtrics: { enabled: true, ratingQuestions: { QID1: 'nps' }, commentQuestions: ['QID2'] },
    generic: { enabled: true },
    contactlens: {
      enabled: true,
      attributeNames: { customerId: 'customerId', email: 'email', accountId: 'accountId' },
    },
  },

  // Webhook limits: bodies over maxBodyBytes get 413; signed timestamps older or newer than the
  // tolerance get 401.
  ingest: { maxBodyBytes: 262_144, replayToleranceSeconds: 300 },

  // Raw customer text on assessments expires after rawTextDays (DynamoDB TTL); the assessments of
  // signals that opened no case after assessmentDays (at least rawTextDays). Cases keep theirs.
  retention: { rawTextDays: 90, assessmentDays: 90 },

  // X-Ray active tracing on every function. Switching it off saves the X-Ray line of the
  // README's cost table (the largest at about a million signals a month).
  observability: { tracing: true },

  // A signal that fails detection this many times moves to the dead-letter queue
  // (replay it with `advocacy replay-dlq`).
  queue: { maxReceiveCount: 5 },
});
