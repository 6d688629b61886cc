import type { CustomNotification } from '../../shared/alerts/custom-notification.js';

/**
 * A custom notification as plain text, laid out as the chat service lays it out in Slack or
 * Teams: the title, the description, next steps as a list, keywords as tags.
 */
const renderChat = ({ content }: CustomNotification): string =>
  [
    content.title ?? '',
    '',
    content.description,
    '',
    'Next steps',
    ...(content.nextSteps ?? []).map((step) => `  • ${step}`),
    '',
    (content.keywords ?? []).map((keyword) => `[${keyword}]`).join(' '),
  ].join('\n');

export { renderChat };
