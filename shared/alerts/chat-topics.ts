import type { ChatFilter } from '../config/chat-schema.js';
import type { Tier } from '../config/routing-schema.js';

/**
 * Chat channels get their own topics, one per tier and filter, for two documented reasons:
 * - SNS sends one body per protocol (`MessageStructure: 'json'`), and Amazon Q Developer in chat
 *   applications subscribes over HTTPS, so on the tier's topic it would get what the tier's
 *   HTTPS webhooks get;
 * - every channel configuration naming a topic shares the service's one HTTPS subscription
 *   (a single endpoint), so a topic carries one filter policy for all its channels.
 */
const CHATBOT_ENDPOINT = 'https://global.sns-api.chatbot.amazonaws.com';

/** The key of a chat topic in the topic map (ADVOCACY_TOPIC_ARNS), e.g. `senior/chat-urgent`. */
const chatTopicKey = (tier: string, filter: ChatFilter): string => `${tier}/chat-${filter}`;

/** The filters a tier's chat channels use, each once: one chat topic per filter. */
const chatFilters = (tier: Pick<Tier, 'chat'>): ChatFilter[] => [
  ...new Set(tier.chat.map((channel) => channel.filter)),
];

/** The chat topic ARNs of an alert target, from the topic map (none for `management`). */
const chatTopicArns = (target: string, topicArns: Readonly<Record<string, string>>): string[] =>
  Object.entries(topicArns)
    .filter(([key]) => key.startsWith(`${target}/chat-`))
    .map(([, arn]) => arn);

export { CHATBOT_ENDPOINT, chatFilters, chatTopicArns, chatTopicKey };
