import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../shared/config/load.js';
import { ConfigError } from '../../../../shared/errors.js';
import { exampleConfig } from '../../../helpers/config.js';

/** The example configuration with `chat` set on its second tier (advocates). */
const withChat = async (chat: unknown[], tierIndex = 1) => {
  const input = structuredClone(await exampleConfig()) as unknown as {
    tiers: Record<string, unknown>[];
  };
  input.tiers[tierIndex]!.chat = chat;
  return input;
};

const issuesOf = (input: unknown) => {
  try {
    parseConfig(input, 'advocacy.config.ts');
  } catch (error) {
    if (error instanceof ConfigError) return { message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('tiers[].chat[]', () => {
  it('accepts a Slack and a Teams channel, filtering all alerts unless told urgent', async () => {
    const input = await withChat([
      { kind: 'slack', workspaceId: 'T0EXAMPLE1', channelId: 'C0EXAMPLE1' },
      {
        kind: 'teams',
        tenantId: '00000000-0000-4000-8000-000000000001',
        teamId: '00000000-0000-4000-8000-000000000002',
        channelId: '19%3aexample%40thread.tacv2',
        filter: 'urgent',
      },
    ]);

    const config = parseConfig(input);

    expect(config.tiers[1]?.chat.map((channel) => [channel.kind, channel.filter])).toEqual([
      ['slack', 'all'],
      ['teams', 'urgent'],
    ]);
    expect(config.tiers[0]?.chat).toEqual([]);
  });

  it('names the path of a Slack channel name given where its id belongs, in one line', async () => {
    const input = await withChat([
      { kind: 'slack', workspaceId: 'T0EXAMPLE1', channelId: '#advocates' },
    ]);

    const { message } = issuesOf(input);

    expect(message).toBe(
      'advocacy.config.ts: tiers[1].chat[0].channelId: expected a Slack channel id such as C0123ABCD',
    );
  });

  it('rejects a Teams channel id that is not URL-encoded and a tenant that is no UUID', async () => {
    const input = await withChat([
      {
        kind: 'teams',
        tenantId: 'contoso.onmicrosoft.com',
        teamId: '00000000-0000-4000-8000-000000000002',
        channelId: '19:example@thread.tacv2',
      },
    ]);

    const { issues } = issuesOf(input);

    expect(issues).toEqual([
      {
        path: 'tiers[1].chat[0].tenantId',
        message: 'expected the Microsoft Entra tenant id, a UUID',
      },
      {
        path: 'tiers[1].chat[0].channelId',
        message: 'expected the URL-encoded Teams channel id, e.g. 19%3a...%40thread.tacv2',
      },
    ]);
  });

  it('rejects an unknown kind and an unknown filter', async () => {
    const input = await withChat([
      { kind: 'discord', channelId: 'x' },
      { kind: 'slack', workspaceId: 'T0EXAMPLE1', channelId: 'C0EXAMPLE1', filter: 'loud' },
    ]);

    const { issues } = issuesOf(input);

    expect(issues).toEqual([
      { path: 'tiers[1].chat[0].kind', message: 'expected kind "slack" or "teams"' },
      {
        path: 'tiers[1].chat[1].filter',
        message: 'expected "all" or "urgent"',
      },
    ]);
  });

  it('rejects chat channels on a tier that alerts nobody', async () => {
    const input = await withChat(
      [{ kind: 'slack', workspaceId: 'T0EXAMPLE1', channelId: 'C0EXAMPLE1' }],
      2,
    );

    const { issues } = issuesOf(input);

    expect(issues).toEqual([
      {
        path: 'tiers[2].chat',
        message: 'a tier with alerts: false alerts nobody; remove its chat channels',
      },
    ]);
  });
});
