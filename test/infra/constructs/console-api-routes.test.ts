import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleConfig } from '../../helpers/config.js';
import { synthesize, type Synthesized } from '../helpers/synth.js';

interface RouteProperties {
  readonly RouteKey: string;
  readonly AuthorizationType: string;
  readonly AuthorizerId?: unknown;
}

describe('ConsoleApiRoutes', () => {
  let synthesized: Synthesized;
  let template: Template;
  let routes: readonly RouteProperties[];

  beforeAll(async () => {
    synthesized = synthesize({ config: await exampleConfig() });
    template = synthesized.template;
    routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties as RouteProperties,
    );
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  const authorizationOf = (prefix: string) =>
    Object.fromEntries(
      routes
        .filter((route) => route.RouteKey.split(' ')[1]?.startsWith(prefix))
        .map((route) => [route.RouteKey, route.AuthorizationType]),
    );

  it('verifies the user pool’s tokens for the console’s app client from the Authorization header', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('^SignInAdvocatesConsole') }],
        Issuer: {
          'Fn::Join': [
            '',
            [
              'https://cognito-idp.',
              { Ref: 'AWS::Region' },
              '.amazonaws.com/',
              { Ref: Match.stringLikeRegexp('^SignInAdvocates') },
            ],
          ],
        },
      },
    });
  });

  it('puts the JWT authorizer on every console page route and leaves sign-in open', () => {
    expect(authorizationOf('/console')).toEqual({
      'GET /console': 'JWT',
      'HEAD /console': 'JWT',
      'POST /console': 'JWT',
      'GET /console/{proxy+}': 'JWT',
      'HEAD /console/{proxy+}': 'JWT',
      'POST /console/{proxy+}': 'JWT',
      'GET /console/sign-in': 'NONE',
      'GET /console/sign-in/callback': 'NONE',
    });
  });

  it('keeps IAM on the cases routes and no authorizer on webhooks (signatures)', () => {
    expect(authorizationOf('/cases')).toEqual({
      'GET /cases': 'AWS_IAM',
      'GET /cases/{id}': 'AWS_IAM',
      'POST /cases/{id}/{action}': 'AWS_IAM',
    });
    expect(new Set(Object.values(authorizationOf('/webhooks')))).toEqual(new Set(['NONE']));
  });
});
