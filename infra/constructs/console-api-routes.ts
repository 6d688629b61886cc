import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { CONSOLE_BASE, consolePaths } from '../../shared/console/paths.js';
import { acknowledge } from '../nag-acknowledgements.js';

interface ConsoleApiRoutesProps {
  /** The pipeline's HTTP API; the routes are added to it. */
  readonly api: apigw.HttpApi;
  /** Renders every console page. */
  readonly consoleFunction: lambda.IFunction;
  readonly userPool: cognito.IUserPool;
  /** The console's app client: the only audience the authorizer accepts. */
  readonly client: cognito.IUserPoolClient;
}

/** What the pages answer: reads and the console's own form posts, nothing else. */
const PAGE_METHODS = [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD, apigw.HttpMethod.POST];

/**
 * The console's routes on the pipeline's HTTP API. Every page route has a JWT authorizer on the
 * user pool (the access token of the console's client, in the `Authorization` header that
 * CloudFront makes of the session cookie); the function reads the viewer from its claims. The
 * two sign-in routes have none: they are how a browser gets a token. The IAM-signed cases routes
 * are untouched.
 */
class ConsoleApiRoutes extends Construct {
  public readonly authorizer: HttpUserPoolAuthorizer;
  public readonly pageRoutes: readonly apigw.HttpRoute[];
  public readonly signInRoutes: readonly apigw.HttpRoute[];

  constructor(scope: Construct, id: string, props: ConsoleApiRoutesProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('Console', props.consoleFunction);
    this.authorizer = new HttpUserPoolAuthorizer('Advocates', props.userPool, {
      userPoolClients: [props.client],
    });
    this.pageRoutes = [CONSOLE_BASE, `${CONSOLE_BASE}/{proxy+}`].flatMap((path) =>
      props.api.addRoutes({
        path,
        methods: PAGE_METHODS,
        integration,
        authorizer: this.authorizer,
      }),
    );
    this.signInRoutes = [consolePaths.signIn, consolePaths.signInCallback].flatMap((path) =>
      props.api.addRoutes({ path, methods: [apigw.HttpMethod.GET], integration }),
    );
    for (const route of this.signInRoutes) {
      acknowledge(
        route,
        'APIG4',
        'The sign-in start and callback routes are how a browser obtains a token, so they cannot require one; they only redirect to the user pool and exchange a single-use code bound to a PKCE verifier and state cookie.',
      );
    }
  }
}

export { ConsoleApiRoutes };
export type { ConsoleApiRoutesProps };
