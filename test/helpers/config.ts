import { loadConfigFile } from '../../shared/config/load.js';
import type { ChatChannel } from '../../shared/config/chat-schema.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';

let cached: Promise<AdvocacyConfig> | undefined;

/** The validated example configuration at the repository root, loaded once per test file. */
const exampleConfig = (): Promise<AdvocacyConfig> =>
  (cached ??= loadConfigFile('advocacy.config.ts'));

/** Made-up ids in the shapes the chat service expects (never a real workspace or tenant). */
const SLACK_TEAM_INBOX: ChatChannel = {
  kind: 'slack',
  workspaceId: 'T0EXAMPLE1',
  channelId: 'C0EXAMPLE1',
  filter: 'all',
};
const TEAMS_ON_CALL: ChatChannel = {
  kind: 'teams',
  tenantId: '00000000-0000-4000-8000-000000000001',
  teamId: '00000000-0000-4000-8000-000000000002',
  channelId: '19%3aexampleoncall%40thread.tacv2',
  filter: 'urgent',
};

/**
 * The example configuration with chat channels: senior alerts a Slack channel with everything
 * and a Teams channel with urgent alerts only; advocates alert a Slack channel with everything.
 */
const chatConfig = async (): Promise<AdvocacyConfig> => {
  const config = structuredClone(await exampleConfig());
  for (const tier of config.tiers) {
    if (tier.name === 'senior') tier.chat = [SLACK_TEAM_INBOX, TEAMS_ON_CALL];
    if (tier.name === 'advocates') tier.chat = [{ ...SLACK_TEAM_INBOX, channelId: 'C0EXAMPLE2' }];
  }
  return config;
};

/** A configuration as alerts are formatted with it (a case link base resolved). */
type AlertingConfig = AdvocacyConfig & { readonly caseLinkBaseUrl: string };

/**
 * The link base the alert tests quote: the example file leaves `caseLinkBaseUrl` unset so that
 * a deployed stack links to its own console, which a unit test has no origin for.
 */
const withExampleLinks = (config: AdvocacyConfig): AlertingConfig => ({
  ...config,
  caseLinkBaseUrl: 'https://advocacy.example.com/cases',
});

export { chatConfig, exampleConfig, withExampleLinks };
export type { AlertingConfig };
