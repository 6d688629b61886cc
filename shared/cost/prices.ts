/**
 * Public on-demand prices in US East (N. Virginia), in US dollars, without free tiers (the
 * always-free allowances are noted, not subtracted). The one place prices live: the calculator
 * and the README's cost table read them from here.
 *
 * Checked on 2 December 2026 through a search of stored copies of public pages (no direct
 * access to aws.amazon.com from the machine): `source` names the AWS page that is authoritative,
 * `seen` what the figure was confirmed by. Re-check each against its source before relying on it.
 */
interface Price {
  readonly usd: number;
  /** What one `usd` buys. */
  readonly per: string;
  readonly source: string;
  readonly seen: string;
}

const CHECKED = '2026-12-02';

const PRICES = {
  lambdaGbSecondArm: {
    usd: 0.0000133334,
    per: 'GB-second, arm64 (first 7.5 billion GB-s a month)',
    source: 'AWS Lambda pricing (aws.amazon.com/lambda/pricing)',
    seen: 'cloudchipr.com "AWS Lambda Pricing Breakdown" (Arm tier table); free tier 400,000 GB-s',
  },
  lambdaRequest: {
    usd: 0.2 / 1e6,
    per: 'invocation',
    source: 'AWS Lambda pricing (aws.amazon.com/lambda/pricing)',
    seen: '$0.20 per million requests: widely restated; not read on the AWS page itself. Free tier 1 million',
  },
  httpApiRequest: {
    usd: 1.0 / 1e6,
    per: 'HTTP API request of up to 512 KB (first 300 million a month)',
    source: 'Amazon API Gateway pricing (aws.amazon.com/api-gateway/pricing)',
    seen: 'apigatewaycost.com and awsforengineers.com (May 2025); AWS whitepaper: metered in 512 KB increments',
  },
  sqsFifoRequest: {
    usd: 0.5 / 1e6,
    per: 'FIFO request (each 64 KB chunk of a payload is one)',
    source: 'Amazon SQS pricing (aws.amazon.com/sqs/pricing)',
    seen: 'cloudburn.io (March 2026) and factualminds.com (June 2026); free tier 1 million',
  },
  snsPublish: {
    usd: 0.5 / 1e6,
    per: 'standard topic publish (each 64 KB chunk is one)',
    source: 'Amazon SNS pricing (aws.amazon.com/sns/pricing)',
    seen: 'factualminds.com "Amazon SNS Pricing" (June 2026); free tier 1 million',
  },
  snsEmailDelivery: {
    usd: 2.0 / 1e5,
    per: 'e-mail notification',
    source: 'Amazon SNS pricing (aws.amazon.com/sns/pricing)',
    seen: 'factualminds.com "Amazon SNS Pricing" (June 2026): $2 per 100,000',
  },
  snsHttpsDelivery: {
    usd: 0.6 / 1e6,
    per: 'HTTP/S notification',
    source: 'Amazon SNS pricing (aws.amazon.com/sns/pricing)',
    seen: 'factualminds.com "Amazon SNS Pricing" (June 2026); SQS and Lambda deliveries are free',
  },
  dynamoWriteUnit: {
    usd: 0.625 / 1e6,
    per: 'on-demand write request unit',
    source: 'Amazon DynamoDB pricing, on-demand (aws.amazon.com/dynamodb/pricing/on-demand)',
    seen: 'airbyte.com and a LinkedIn pricing breakdown: $0.625 per million WRU (after the November 2024 cut)',
  },
  dynamoReadUnit: {
    usd: 0.125 / 1e6,
    per: 'on-demand read request unit',
    source: 'Amazon DynamoDB pricing, on-demand (aws.amazon.com/dynamodb/pricing/on-demand)',
    seen: 'airbyte.com and a LinkedIn pricing breakdown: $0.125 per million RRU',
  },
  dynamoStorageGbMonth: {
    usd: 0.25,
    per: 'GB-month of table storage (first 25 GB free)',
    source: 'Amazon DynamoDB pricing, on-demand (aws.amazon.com/dynamodb/pricing/on-demand)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
  dynamoPitrGbMonth: {
    usd: 0.2,
    per: 'GB-month of continuous backup (PITR)',
    source: 'Amazon DynamoDB pricing, on-demand (aws.amazon.com/dynamodb/pricing/on-demand)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
  logsIngestGb: {
    usd: 0.5,
    per: 'GB of CloudWatch Logs ingested (standard class)',
    source: 'Amazon CloudWatch pricing (aws.amazon.com/cloudwatch/pricing)',
    seen: 'c3x.dev and hykell.com (June 2026); storage $0.03 per GB-month; free tier 5 GB',
  },
  logsStorageGbMonth: {
    usd: 0.03,
    per: 'GB-month of CloudWatch Logs storage',
    source: 'Amazon CloudWatch pricing (aws.amazon.com/cloudwatch/pricing)',
    seen: 'c3x.dev and hykell.com (June 2026)',
  },
  customMetricMonth: {
    usd: 0.3,
    per: 'custom metric a month (first 10,000)',
    source: 'Amazon CloudWatch pricing (aws.amazon.com/cloudwatch/pricing)',
    seen: 'courseiva.com SAA-C03 notes; not read on the AWS page itself',
  },
  alarmMonth: {
    usd: 0.1,
    per: 'standard-resolution alarm metric a month',
    source: 'Amazon CloudWatch pricing (aws.amazon.com/cloudwatch/pricing)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
  dashboardMonth: {
    usd: 3.0,
    per: 'dashboard a month (first 3 free)',
    source: 'Amazon CloudWatch pricing (aws.amazon.com/cloudwatch/pricing)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
  xrayTrace: {
    usd: 5.0 / 1e6,
    per: 'trace recorded (first 100,000 a month free)',
    source: 'AWS X-Ray pricing (aws.amazon.com/xray/pricing)',
    seen: 'the AWS X-Ray pricing page (German and Chinese copies) and awsnegotiations.com',
  },
  secretMonth: {
    usd: 0.4,
    per: 'secret a month',
    source: 'AWS Secrets Manager pricing (aws.amazon.com/secrets-manager/pricing)',
    seen: 'hivebook.wiki Secrets Manager overview: $0.40 per secret-month + $0.05 per 10,000 calls',
  },
  secretsCall: {
    usd: 0.05 / 1e4,
    per: 'Secrets Manager API call',
    source: 'AWS Secrets Manager pricing (aws.amazon.com/secrets-manager/pricing)',
    seen: 'hivebook.wiki Secrets Manager overview',
  },
  kmsKeyMonth: {
    usd: 1.0,
    per: 'customer-managed KMS key a month',
    source: 'AWS KMS pricing (aws.amazon.com/kms/pricing)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
  kmsRequest: {
    usd: 0.03 / 1e4,
    per: 'KMS request',
    source: 'AWS KMS pricing (aws.amazon.com/kms/pricing)',
    seen: 'not confirmed from here: the figure AWS has long published; check it',
  },
} as const satisfies Record<string, Price>;

type PriceName = keyof typeof PRICES;

export { CHECKED, PRICES };
export type { Price, PriceName };
