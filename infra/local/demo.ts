// `npm run demo`: posts signed sample webhooks to the local stack (started here when it is not
// running) and prints what happened: the answers, the cases opened, and the alerts per tier.
import { loadConfigFile } from '../../shared/config/load.js';
import { consoleCasesUrl } from '../../shared/console/paths.js';
import { DEMO_SCENARIOS } from './demo-scenarios.js';
import { collectAlerts, listCases, postScenarios, showCase, type DemoTarget } from './demo-run.js';
import { describeCases, describeAlerts, describeAnswers, describeChat } from './demo-report.js';
import { localSecrets } from './dev-secrets.js';
import { startLocalStack, type LocalStack } from './local-stack.js';
import { readSession } from './session-file.js';
import { parseStartOptions } from './start-options.js';

const reachable = async (apiUrl: string): Promise<boolean> => {
  try {
    return (await fetch(`${apiUrl}/local/alerts`, { signal: AbortSignal.timeout(1500) })).ok;
  } catch {
    return false;
  }
};

const main = async (): Promise<void> => {
  const parsed = parseStartOptions([], process.env);
  if ('help' in parsed) return;
  const config = await loadConfigFile(parsed.options.configFile);
  const session = await readSession();
  const apiUrl = session?.apiUrl ?? `http://127.0.0.1:${parsed.options.ports.api}`;
  let stack: LocalStack | undefined;
  if (!(await reachable(apiUrl))) {
    console.log(`No local stack answers at ${apiUrl}: starting one in memory for the demo...`);
    stack = await startLocalStack({ ...parsed.options, dataDir: undefined, log: () => undefined });
  }
  try {
    const target: DemoTarget = {
      apiUrl: stack?.apiUrl ?? apiUrl,
      token: stack?.token ?? session?.token ?? process.env.ADVOCACY_LOCAL_TOKEN,
      secrets: Object.fromEntries(
        localSecrets(config, process.env).map((secret) => [secret.source, secret.value]),
      ),
    };
    const before = ((await (await fetch(`${target.apiUrl}/local/alerts`)).json()) as unknown[])
      .length;
    const results = await postScenarios(target, DEMO_SCENARIOS);
    console.log(describeAnswers(results));
    const alerts = await collectAlerts(target.apiUrl, before);
    console.log(describeAlerts(alerts));
    const firstCase = alerts[0]?.attributes.caseId;
    const caseView = firstCase === undefined ? undefined : await showCase(target, firstCase);
    // The local stack's alerts link to its own console, whatever the file configures.
    const local = { ...config, caseLinkBaseUrl: consoleCasesUrl(target.apiUrl) };
    console.log(describeChat(alerts, { config: local, caseView }));
    const tiers = config.tiers.map((tier) => tier.name);
    const cases = await Promise.all(
      tiers.map(async (tier) => [tier, await listCases(target, tier)] as const),
    );
    console.log(describeCases(cases));
    console.log(
      'SurveyMonkey and Qualtrics webhooks carry ids only: the pipeline fetches the answers from\n' +
        "their APIs with the token in the source's secret, so they are not part of this offline demo.",
    );
  } finally {
    await stack?.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
});
