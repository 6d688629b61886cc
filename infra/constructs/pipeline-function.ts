import { join } from 'node:path';
import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { BUNDLING_DEFAULTS, FUNCTION_DEFAULTS } from './secure-defaults.js';
import { FUNCTION_NAMES, type FunctionName } from '../../shared/config/topology.js';

interface PipelineFunctionProps {
  /** Which entry point: bundles `<functionsDir>/<name>/index.ts`. */
  readonly name: FunctionName;
  /** Folder holding one sub-folder per entry point. */
  readonly functionsDir: string;
  /** The validated configuration, inlined into the bundle as the JSON text `__ADVOCACY_CONFIG__`. */
  readonly config: AdvocacyConfig;
  readonly description: string;
  /** @default FUNCTION_DEFAULTS.memorySize (512 MB) */
  readonly memorySize?: number;
  /** @default FUNCTION_DEFAULTS.timeout (30 s) */
  readonly timeout?: Duration;
  /** Variables named by `ENV` in shared/config/env.ts. @default - none beyond Powertools' */
  readonly environment?: Readonly<Record<string, string>>;
  /** The data key, which encrypts the function's log group. */
  readonly logsKey: kms.IKey;
}

/**
 * The configuration as an esbuild `--define` replacement: a string literal holding its JSON text,
 * which the function parses (shared/config/runtime-config.ts). A string, not an object literal,
 * because esbuild folds `typeof` on a string and so drops the file-loading branch from the bundle.
 * CDK passes the argument to esbuild without a shell when it bundles locally, so no quoting is
 * added.
 */
const esbuildDefine = (value: unknown): string => JSON.stringify(JSON.stringify(value));

/**
 * One pipeline Lambda function with the stack's defaults: nodejs24.x on arm64, ESM bundle with
 * the configuration inlined, X-Ray as configured, JSON logs into its own encrypted log group (with retention), and a role
 * that starts with nothing but write access to that log group. Callers grant the rest.
 */
class PipelineFunction extends Construct {
  public readonly function: nodejs.NodejsFunction;
  public readonly role: iam.Role;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const { config, name } = props;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: FUNCTION_DEFAULTS.logRetention,
      encryptionKey: props.logsKey,
    });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, which allows writing
    // to every log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${config.name} ${name} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: join(props.functionsDir, name, 'index.ts'),
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_DEFAULTS.runtime,
      architecture: FUNCTION_DEFAULTS.architecture,
      memorySize: props.memorySize ?? FUNCTION_DEFAULTS.memorySize,
      timeout: props.timeout ?? FUNCTION_DEFAULTS.timeout,
      tracing: FUNCTION_DEFAULTS.tracing[config.observability.tracing ? 'on' : 'off'],
      loggingFormat: FUNCTION_DEFAULTS.loggingFormat,
      applicationLogLevelV2: FUNCTION_DEFAULTS.applicationLogLevelV2,
      systemLogLevelV2: FUNCTION_DEFAULTS.systemLogLevelV2,
      logGroup: this.logGroup,
      role: this.role,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: name,
        POWERTOOLS_METRICS_NAMESPACE: config.name,
        ...props.environment,
      },
      bundling: {
        ...BUNDLING_DEFAULTS,
        mainFields: [...BUNDLING_DEFAULTS.mainFields],
        define: { __ADVOCACY_CONFIG__: esbuildDefine(config) },
      },
    });
  }
}

export { esbuildDefine, FUNCTION_NAMES, PipelineFunction };
export type { FunctionName, PipelineFunctionProps };
