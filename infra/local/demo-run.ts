import { randomBytes } from 'node:crypto';
import { signRequest } from '../../shared/sources/signing.js';
import type { DemoScenario } from './demo-scenarios.js';
import type { DeliveredAlert } from './inbox.js';
import { samplePayload } from './samples.js';

/** Where the demo sends its webhooks and reads results. */
interface DemoTarget {
  readonly apiUrl: string;
  /** Cases API token; the cases listing is skipped when unknown. */
  readonly token: string | undefined;
  /** Source name -> signing secret value (the same ones the stack uses). */
  readonly secrets: Readonly<Record<string, string>>;
}

interface ScenarioResult {
  readonly scenario: DemoScenario;
  readonly status: number;
  readonly answer: string;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/** Posts each scenario's webhook, signed as its platform signs, in order. */
const postScenarios = async (
  target: DemoTarget,
  scenarios: readonly DemoScenario[],
): Promise<ScenarioResult[]> => {
  // A fresh run id, so running the demo twice tells two stories instead of one duplicate.
  const run = randomBytes(3).toString('hex');
  const results: ScenarioResult[] = [];
  let previous: { body: Buffer; headers: Record<string, string> } | undefined;
  for (const [index, scenario] of scenarios.entries()) {
    const now = new Date();
    const secret = target.secrets[scenario.source] ?? '';
    const request =
      scenario.duplicateOfPrevious === true && previous !== undefined
        ? previous
        : (() => {
            const body = samplePayload(scenario.source, scenario.customer, {
              ...scenario.feedback,
              responseId: `demo-${run}-${index}`,
              at: now,
            });
            const signed = signRequest(scenario.source, body, secret, now);
            return { body: signed.body, headers: signed.headers };
          })();
    previous = request;
    const response = await fetch(`${target.apiUrl}/webhooks/${scenario.source}`, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    });
    results.push({ scenario, status: response.status, answer: await response.text() });
  }
  return results;
};

/** Reads the inbox until no new alert arrived for `quietMs` (or `maxMs` passed). */
const collectAlerts = async (
  apiUrl: string,
  since: number,
  quietMs = 2500,
  maxMs = 15_000,
): Promise<DeliveredAlert[]> => {
  const deadline = Date.now() + maxMs;
  let seen = -1;
  let quietSince = Date.now();
  for (;;) {
    const response = await fetch(`${apiUrl}/local/alerts`);
    const alerts = ((await response.json()) as DeliveredAlert[]).slice(since);
    if (alerts.length !== seen) {
      seen = alerts.length;
      quietSince = Date.now();
    }
    if (Date.now() - quietSince >= quietMs || Date.now() > deadline) return alerts;
    await sleep(250);
  }
};

/** The cases of one tier from the cases API, as JSON (undefined without a token). */
const listCases = async (target: DemoTarget, tier: string): Promise<unknown> => {
  if (target.token === undefined) return undefined;
  const response = await fetch(`${target.apiUrl}/cases?tier=${encodeURIComponent(tier)}`, {
    headers: { authorization: `Bearer ${target.token}` },
  });
  return response.ok ? response.json() : undefined;
};

/** One case with its timeline from the cases API (undefined without a token). */
const showCase = async (target: DemoTarget, caseId: string): Promise<unknown> => {
  if (target.token === undefined) return undefined;
  const response = await fetch(`${target.apiUrl}/cases/${encodeURIComponent(caseId)}`, {
    headers: { authorization: `Bearer ${target.token}` },
  });
  return response.ok ? response.json() : undefined;
};

export { collectAlerts, listCases, postScenarios, showCase };
export type { DemoTarget, ScenarioResult };
