import { z } from 'zod';

/**
 * The limits of an Amazon Q Developer in chat applications (formerly AWS Chatbot) custom
 * notification, from its "Custom notifications" page (parameter details): characters of the
 * title, the description, each next step and each keyword.
 */
const CUSTOM_NOTIFICATION_LIMITS = {
  title: 250,
  description: 8000,
  nextStep: 350,
  keyword: 75,
} as const;

const limited = (max: number) => z.string().min(1).max(max);

/**
 * The documented event schema of a custom notification: `version` must be `1.0`, `source` must
 * be `custom`, and `client-markdown` is the only text type. An SNS message in this form, published
 * to a topic a channel configuration names, is rendered in Slack or Microsoft Teams.
 */
const CustomNotificationSchema = z.strictObject({
  version: z.literal('1.0'),
  source: z.literal('custom'),
  id: z.string().min(1).optional(),
  content: z.strictObject({
    textType: z.literal('client-markdown').optional(),
    title: limited(CUSTOM_NOTIFICATION_LIMITS.title).optional(),
    description: limited(CUSTOM_NOTIFICATION_LIMITS.description),
    nextSteps: z.array(limited(CUSTOM_NOTIFICATION_LIMITS.nextStep)).optional(),
    keywords: z.array(limited(CUSTOM_NOTIFICATION_LIMITS.keyword)).optional(),
  }),
  metadata: z
    .strictObject({
      threadId: z.string().min(1).optional(),
      summary: z.string().min(1).optional(),
      eventType: z.string().min(1).optional(),
      relatedResources: z.array(z.string().min(1)).optional(),
      additionalContext: z.record(z.string(), z.string()).optional(),
      enableCustomActions: z.boolean().optional(),
    })
    .optional(),
});

type CustomNotification = z.infer<typeof CustomNotificationSchema>;

export { CUSTOM_NOTIFICATION_LIMITS, CustomNotificationSchema };
export type { CustomNotification };
