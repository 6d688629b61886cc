import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ALARM_DEFAULTS } from './secure-defaults.js';

/** The EMF metrics the functions emit (Powertools, namespace = config name) that the dashboard sums. */
const PIPELINE_METRICS = {
  signalsReceived: 'SignalsReceived',
  signatureRejected: 'SignatureRejected',
  casesOpened: 'CasesOpened',
  alertsPublished: 'AlertsPublished',
} as const;

interface PipelineMonitoringProps {
  readonly name: string;
  /** Powertools metrics namespace of the functions. */
  readonly metricsNamespace: string;
  readonly opsTopic: sns.ITopic;
  /** Function name -> function: each gets an errors and a throttles alarm. */
  readonly functions: ReadonlyMap<string, lambda.IFunction>;
  /** Label -> queue whose every message is a failure: alarmed when not empty. */
  readonly deadLetterQueues: ReadonlyMap<string, sqs.IQueue>;
  /** The stream consumer whose iterator age says alerts are late. */
  readonly streamConsumer: lambda.IFunction;
  readonly api: apigw.HttpApi;
}

/**
 * Alarms to the ops topic (dead-letter queues not empty, function errors and throttles, stream
 * iterator age) and one CloudWatch dashboard for the pipeline.
 */
class PipelineMonitoring extends Construct {
  public readonly alarms: readonly cloudwatch.Alarm[];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: PipelineMonitoringProps) {
    super(scope, id);
    const period = ALARM_DEFAULTS.period;
    const alarms: cloudwatch.Alarm[] = [];
    const alarm = (
      alarmId: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      what: string,
    ) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        alarmDescription: `${props.name}: ${what}`,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new actions.SnsAction(props.opsTopic));
      alarms.push(created);
    };

    for (const [label, queue] of props.deadLetterQueues) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({
        period,
        statistic: 'Maximum',
      });
      alarm(`${label}Depth`, depth, 0, `messages in ${label}; replay with advocacy replay-dlq`);
    }
    for (const [name, fn] of props.functions) {
      alarm(`${name}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), 0, `${name} errors`);
      alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period, statistic: 'Sum' }),
        0,
        `${name} throttled`,
      );
    }
    const iteratorAge = props.streamConsumer.metric('IteratorAge', {
      period,
      statistic: 'Maximum',
    });
    alarm(
      'StreamIteratorAge',
      iteratorAge,
      ALARM_DEFAULTS.iteratorAgeMs,
      'alerts are falling behind',
    );
    this.alarms = alarms;

    // SEARCH sums a metric over whatever dimensions the functions put on it (service, source...).
    const pipelineMetric = (metricName: string, label: string) =>
      new cloudwatch.MathExpression({
        expression: `SUM(SEARCH('Namespace="${props.metricsNamespace}" MetricName="${metricName}"', 'Sum', ${period.toSeconds()}))`,
        usingMetrics: {},
        label,
        period,
      });
    const graph = (title: string, metrics: cloudwatch.IMetric[]) =>
      new cloudwatch.GraphWidget({ title, left: metrics, width: 12, height: 6 });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${props.name}-pipeline`,
    });
    this.dashboard.addWidgets(
      graph('Signals received / signature rejections', [
        pipelineMetric(PIPELINE_METRICS.signalsReceived, 'Signals received'),
        pipelineMetric(PIPELINE_METRICS.signatureRejected, 'Signature rejections'),
      ]),
      graph('Cases opened / alerts published', [
        pipelineMetric(PIPELINE_METRICS.casesOpened, 'Cases opened'),
        pipelineMetric(PIPELINE_METRICS.alertsPublished, 'Alerts published'),
      ]),
    );
    this.dashboard.addWidgets(
      graph(
        'Function errors',
        [...props.functions].map(([name, fn]) => fn.metricErrors({ period, label: name })),
      ),
      graph(
        'Dead-letter queue depth',
        [...props.deadLetterQueues].map(([label, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ period, label, statistic: 'Maximum' }),
        ),
      ),
    );
    this.dashboard.addWidgets(
      graph('Webhook API responses', [
        props.api.metricClientError({ period, label: '4xx' }),
        props.api.metricServerError({ period, label: '5xx' }),
      ]),
      graph('Alert stream iterator age (ms)', [iteratorAge]),
    );
  }
}

export { PIPELINE_METRICS, PipelineMonitoring };
export type { PipelineMonitoringProps };
