import { z } from 'zod';

/** `all` delivers every alert; `urgent` only urgent ones (as for SNS subscriptions). */
const FilterSchema = z
  .enum(['all', 'urgent'], { error: 'expected "all" or "urgent"' })
  .default('all');

// Identifier shapes from the Amazon Q Developer in chat applications (AWS Chatbot) API reference,
// so a typo fails at `config check` rather than in the middle of a deployment.
const slackId = (what: string, pattern: RegExp, example: string) =>
  z.string().regex(pattern, { error: `expected a Slack ${what} id such as ${example}` });
const uuid = (what: string) =>
  z.string().regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/, {
    error: `expected the ${what} id, a UUID`,
  });

const SlackChannelSchema = z.object({
  kind: z.literal('slack'),
  /** The Slack workspace (team) id, authorized once in the AWS console. */
  workspaceId: slackId('workspace', /^[0-9A-Z]{1,255}$/, 'T0123ABCD'),
  /** The channel id (Slack: channel details, at the bottom), not its name. */
  channelId: slackId('channel', /^[A-Za-z0-9]{1,255}$/, 'C0123ABCD'),
  filter: FilterSchema,
});

const TeamsChannelSchema = z.object({
  kind: z.literal('teams'),
  /** The Microsoft Entra tenant id. */
  tenantId: uuid('Microsoft Entra tenant'),
  /** The team id, authorized once in the AWS console. */
  teamId: uuid('Microsoft Teams team'),
  /** The channel id as the channel's link carries it, URL-encoded: `19%3a...%40thread.tacv2`. */
  channelId: z
    .string()
    .regex(/^[A-Za-z0-9\-_=+/.,]*%3[aA][A-Za-z0-9\-_=+/.,]*%40[A-Za-z0-9\-_=+/.,]*$/, {
      error: 'expected the URL-encoded Teams channel id, e.g. 19%3a...%40thread.tacv2',
    }),
  filter: FilterSchema,
});

/**
 * A Slack or Microsoft Teams channel that receives a tier's alerts through Amazon Q Developer in
 * chat applications (formerly AWS Chatbot), as custom notifications.
 */
const ChatChannelSchema = z.discriminatedUnion('kind', [SlackChannelSchema, TeamsChannelSchema], {
  error: 'expected kind "slack" or "teams"',
});

type ChatChannel = z.infer<typeof ChatChannelSchema>;
type ChatFilter = ChatChannel['filter'];

export { ChatChannelSchema };
export type { ChatChannel, ChatFilter };
