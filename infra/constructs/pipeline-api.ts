import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements.js';
import { API_DEFAULTS, FUNCTION_DEFAULTS } from './secure-defaults.js';

interface PipelineApiProps {
  readonly name: string;
  /** Answers `/webhooks/{source}`. */
  readonly ingestFunction: lambda.IFunction;
  /** Answers `/cases` and `/cases/{id}...`. */
  readonly casesFunction: lambda.IFunction;
  /** @default API_DEFAULTS.rateLimit */
  readonly rateLimit?: number;
  /** @default API_DEFAULTS.burstLimit */
  readonly burstLimit?: number;
  /** The data key, which encrypts the access logs. */
  readonly logsKey: kms.IKey;
}

/**
 * The HTTP API: webhooks for the platforms and the cases API for advocates, on one `$default`
 * stage with throttling and JSON access logs. API Gateway caps request bodies at 10 MB; the
 * ingest function enforces the configured, smaller `ingest.maxBodyBytes` (413).
 *
 * Webhook routes have no authorizer: platforms cannot sign AWS requests, so ingest verifies each
 * platform's signature over the raw body. Cases routes use IAM authorization (SigV4, e.g. the
 * `advocacy` CLI with an advocate's role). To use your identity provider instead, replace
 * `casesAuthorizer` with a JWT authorizer:
 *
 * ```ts
 * import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
 * const casesAuthorizer = new HttpJwtAuthorizer('Advocates', 'https://login.example.com/', {
 *   jwtAudience: ['advocacy-cases'],
 * });
 * ```
 * and acknowledge nothing new: cdk-nag accepts JWT authorizers.
 */
class PipelineApi extends Construct {
  public readonly api: apigw.HttpApi;
  public readonly stage: apigw.HttpStage;
  public readonly accessLogs: logs.LogGroup;
  /** The webhook routes (one per method), which cdk-nag's APIG4 has to be told about. */
  public readonly webhookRoutes: readonly apigw.HttpRoute[];

  constructor(scope: Construct, id: string, props: PipelineApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: `${props.name}-api`,
      description: 'Webhooks from survey and support platforms; the cases API for advocates',
      createDefaultStage: false,
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: FUNCTION_DEFAULTS.logRetention,
      encryptionKey: props.logsKey,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: {
        rateLimit: props.rateLimit ?? API_DEFAULTS.rateLimit,
        burstLimit: props.burstLimit ?? API_DEFAULTS.burstLimit,
      },
      accessLogSettings: { destination: new apigw.LogGroupLogDestination(this.accessLogs) },
    });

    const ingest = new HttpLambdaIntegration('Ingest', props.ingestFunction);
    this.webhookRoutes = this.api.addRoutes({
      path: '/webhooks/{source}',
      // POST delivers; SurveyMonkey checks a new webhook with HEAD, Qualtrics may GET.
      methods: [apigw.HttpMethod.POST, apigw.HttpMethod.HEAD, apigw.HttpMethod.GET],
      integration: ingest,
    });
    for (const route of this.webhookRoutes) {
      acknowledge(
        route,
        'APIG4',
        'Webhook senders (Typeform, Zendesk, ...) cannot sign AWS requests or fetch tokens; ingest verifies each platform signature over the raw body and answers 401 before anything is queued.',
      );
    }

    const cases = new HttpLambdaIntegration('Cases', props.casesFunction);
    const casesAuthorizer = new HttpIamAuthorizer();
    const casesRoutes: readonly [string, apigw.HttpMethod][] = [
      ['/cases', apigw.HttpMethod.GET],
      ['/cases/{id}', apigw.HttpMethod.GET],
      ['/cases/{id}/{action}', apigw.HttpMethod.POST],
    ];
    for (const [path, method] of casesRoutes) {
      this.api.addRoutes({
        path,
        methods: [method],
        integration: cases,
        authorizer: casesAuthorizer,
      });
    }
  }

  /** The stage's base URL, ending in `/`. */
  get url(): string {
    return this.stage.url;
  }
}

export { PipelineApi };
export type { PipelineApiProps };
