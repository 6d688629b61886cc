import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * Every secure or operational default of the stack, in one place, so that overriding one is an
 * obvious diff here rather than a silent prop somewhere else. The README's "Default settings"
 * section lists the same values.
 */
const FUNCTION_DEFAULTS = {
  // nodejs24.x is NODEJS_LATEST in aws-cdk-lib 2.276 and what cdk-nag's L1 asks for.
  runtime: lambda.Runtime.NODEJS_24_X,
  architecture: lambda.Architecture.ARM_64,
  // X-Ray is on unless the admin switches it off (`observability.tracing`: the schema says why).
  // Off is DISABLED, not PASS_THROUGH: no tracing config and no X-Ray grant on the role.
  tracing: { on: lambda.Tracing.ACTIVE, off: lambda.Tracing.DISABLED },
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
  logRetention: logs.RetentionDays.ONE_MONTH,
  memorySize: 512,
  timeout: Duration.seconds(30),
} as const;

// esbuild's ESM output has no `require`; CommonJS dependencies that require Node built-ins need one.
const ESM_REQUIRE_BANNER =
  "import { createRequire as __advocacyCreateRequire } from 'node:module'; const require = __advocacyCreateRequire(import.meta.url);";

/** Bundling shared by every function: ESM, minified, source maps, the SDK pinned in the bundle. */
const BUNDLING_DEFAULTS = {
  format: nodejs.OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  sourceMapMode: nodejs.SourceMapMode.DEFAULT,
  sourcesContent: false,
  // The deployed artifact carries the SDK versions the tests ran against, not whatever the
  // runtime ships that month.
  bundleAwsSDK: true,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  metafile: false,
} as const;

const QUEUE_DEFAULTS = {
  /** AWS recommends at least six times the consumer's timeout, so retries do not overlap. */
  visibilityTimeoutFactor: 6,
  retentionPeriod: Duration.days(14),
  enforceSSL: true,
} as const;

const TABLE_DEFAULTS = {
  /** Case history is business data: keep it when the stack is deleted. */
  removalPolicy: RemovalPolicy.RETAIN,
} as const;

const API_DEFAULTS = {
  /** Steady-state requests per second and burst for every route of the $default stage. */
  rateLimit: 50,
  burstLimit: 100,
} as const;

const ALARM_DEFAULTS = {
  period: Duration.minutes(5),
  /** Stream iterator age that means notify is falling behind (alerts arrive late). */
  iteratorAgeMs: 5 * 60 * 1000,
} as const;

/**
 * The advocates' sign-in: what a customer-success team handling customers' words and contact
 * details needs. The README's "Console sign-in" section gives the reasons.
 */
const SIGN_IN_DEFAULTS = {
  passwordMinLength: 12,
  /** Days an invitation's temporary password works. */
  temporaryPasswordDays: 3,
  /** Previous passwords that may not be reused (needs the Essentials or Plus feature plan). */
  passwordHistorySize: 5,
  /** Minutes between the managed sign-in page and the code exchange. */
  authSessionMinutes: 5,
} as const;

const CONSOLE_DEFAULTS = {
  /** CloudFront and S3 access logs: long enough to look into a suspicious sign-in. */
  accessLogDays: 90,
  hstsMaxAge: Duration.days(365),
} as const;

export {
  ALARM_DEFAULTS,
  CONSOLE_DEFAULTS,
  API_DEFAULTS,
  BUNDLING_DEFAULTS,
  ESM_REQUIRE_BANNER,
  FUNCTION_DEFAULTS,
  QUEUE_DEFAULTS,
  SIGN_IN_DEFAULTS,
  TABLE_DEFAULTS,
};
