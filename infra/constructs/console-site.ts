import { Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { consolePaths } from '../../shared/console/paths.js';
import { SECURITY_HEADERS } from '../../shared/console/security.js';
import type { ConsoleAsset } from '../console-assets.js';
import { acknowledge } from '../nag-acknowledgements.js';
import { viewerRequestCode } from '../console-viewer-request.js';
import { CONSOLE_DEFAULTS, FUNCTION_DEFAULTS } from './secure-defaults.js';

interface ConsoleSiteProps {
  readonly name: string;
  /** The HTTP API whose `/console` routes render the pages: the distribution's second origin. */
  readonly api: apigw.HttpApi;
  /** The console's static files (script and stylesheet), served from S3 under `/console/assets/`. */
  readonly assets: readonly ConsoleAsset[];
  /** For the assets bucket (its files are redeployed with the stack). @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** The data key, which encrypts the log group of the function that uploads the files. */
  readonly logsKey: kms.IKey;
}

// CDK declares optional attributes without `| undefined` (exactOptionalPropertyTypes).
const asIBucket = (bucket: s3.Bucket): s3.IBucket => bucket as s3.IBucket;

/** `/console/assets/` as an S3 key prefix and a CloudFront path pattern. */
const ASSETS_PREFIX = consolePaths.assets.slice(1);
const ASSETS_PATTERN = `${consolePaths.assets}*`;

/**
 * The advocate console on AWS: one CloudFront distribution, HTTPS only, with two origins. The
 * static files come from a private S3 bucket through origin access control; every other request
 * goes to API Gateway's `/console` routes (the console function behind the JWT authorizer), after
 * the viewer-request function has turned the session cookie into a bearer token. Every response
 * carries the console's security headers (the same CSP the pages send) and HSTS. CloudFront and
 * the bucket log to a private log bucket; the logs leave cookies out (they hold tokens).
 */
class ConsoleSite extends Construct {
  public readonly distribution: cloudfront.Distribution;
  public readonly assetsBucket: s3.Bucket;
  public readonly logBucket: s3.Bucket;
  public readonly viewerRequest: cloudfront.Function;
  public readonly assets: readonly ConsoleAsset[];

  constructor(scope: Construct, id: string, props: ConsoleSiteProps) {
    super(scope, id);
    this.assets = props.assets;
    const privateBucket = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    } as const;
    this.logBucket = new s3.Bucket(this, 'Logs', {
      ...privateBucket,
      // CloudFront's standard logs are delivered with an ACL grant; S3's own logs need none.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(CONSOLE_DEFAULTS.accessLogDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.assetsBucket = new s3.Bucket(this, 'Assets', {
      ...privateBucket,
      serverAccessLogsBucket: asIBucket(this.logBucket),
      serverAccessLogsPrefix: 's3-assets/',
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    new s3deploy.BucketDeployment(this, 'AssetFiles', {
      destinationBucket: asIBucket(this.assetsBucket),
      destinationKeyPrefix: ASSETS_PREFIX,
      sources: props.assets.map((asset) =>
        s3deploy.Source.data(asset.file, asset.contents.toString('utf8')),
      ),
      // The file names carry no hash: browsers revalidate (a 304 when unchanged).
      cacheControl: [s3deploy.CacheControl.noCache()],
      // Deleting the stack's deployment empties the bucket, so a DESTROY policy can remove it.
      retainOnDelete: false,
      // CDK's upload function logs where the stack's functions do: encrypted, kept a month.
      logGroup: new logs.LogGroup(this, 'AssetFilesLogs', {
        retention: FUNCTION_DEFAULTS.logRetention,
        encryptionKey: props.logsKey,
      }),
    });

    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `${props.name} console: the pages' CSP, HSTS and the other security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: SECURITY_HEADERS['content-security-policy'],
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER,
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: CONSOLE_DEFAULTS.hstsMaxAge,
          includeSubdomains: true,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: (['cross-origin-opener-policy', 'permissions-policy'] as const).map(
          (header) => ({ header, value: SECURITY_HEADERS[header], override: true }),
        ),
      },
    });
    // The pages are never cached (the function answers no-store); the bearer token is in the
    // key because CloudFront forwards the Authorization header only through a cache policy.
    const pagesCache = new cloudfront.CachePolicy(this, 'PagesCache', {
      comment: `${props.name} console pages: not cached, Authorization forwarded`,
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.viewerRequest = new cloudfront.Function(this, 'ViewerRequest', {
      comment: 'Console: session cookie to bearer token, sign-in redirects',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(viewerRequestCode()),
    });

    // `https://<id>.execute-api.<region>.amazonaws.com` -> its host name.
    const apiDomain = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `${props.name} advocate console`,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: new origins.HttpOrigin(apiDomain, {
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: pagesCache,
        // API Gateway answers only to its own host name.
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          {
            function: this.viewerRequest,
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
          },
        ],
      },
      additionalBehaviors: {
        [ASSETS_PATTERN]: {
          origin: origins.S3BucketOrigin.withOriginAccessControl(asIBucket(this.assetsBucket)),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: securityHeaders,
        },
      },
      enableLogging: true,
      logBucket: asIBucket(this.logBucket),
      logFilePrefix: 'cloudfront/',
      logIncludesCookies: false,
    });
    acknowledge(
      this.distribution,
      'CFR1',
      'No geo restriction: advocates work wherever the customers and the team are (travel, remote); every page needs a signed-in user with MFA, and the user pool blocks risky sign-ins.',
    );
    acknowledge(
      this.distribution,
      'CFR2',
      'No WAF web ACL: a CloudFront web ACL must live in us-east-1 while the stack may be deployed anywhere; every page route is behind the JWT authorizer (checked by API Gateway before any code runs), the stage is throttled, and sign-in is Cognito threat protection’s to guard.',
    );
    acknowledge(
      this.distribution,
      'CFR4',
      'The distribution uses its default *.cloudfront.net certificate, whose minimum viewer protocol CloudFront does not let us raise; a custom domain with an ACM certificate would allow TLSv1.2_2021. Browsers negotiate TLS 1.2 or 1.3 anyway.',
    );
  }

  /** `https://<distribution domain>`, without a trailing slash. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}

export { ConsoleSite };
export type { ConsoleSiteProps };
