import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { caseStoreFor } from '../../shared/cases/dynamo-case-store.js';
import { runEscalationSweep } from '../../shared/casework/escalation-sweep.js';
import { readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createHandler } from './handler.js';

// Cold start: environment, configuration and clients once per container.
const env = readFunctionEnv('escalate');
const config = await loadRuntimeConfig(env.configFile);
const store = caseStoreFor(env, config.retention);
const metrics = new Metrics({ namespace: config.name, serviceName: 'escalate' });

/** The escalation sweep's Lambda entry point (EventBridge rule every sweepMinutes). */
export const handler = createHandler({
  sweep: (now) => runEscalationSweep({ store, config }, now),
  logger: new Logger({ serviceName: 'escalate' }),
  record: (result) => {
    metrics.addMetric('CasesDue', MetricUnit.Count, result.due);
    metrics.addMetric('CasesEscalated', MetricUnit.Count, result.escalated.length);
    metrics.addMetric('EscalationFailures', MetricUnit.Count, result.failed.length);
    metrics.publishStoredMetrics();
  },
  now: () => new Date(),
});
