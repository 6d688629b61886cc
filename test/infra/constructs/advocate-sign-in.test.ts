import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleConfig } from '../../helpers/config.js';
import { synthesize, type Synthesized } from '../helpers/synth.js';

describe('AdvocateSignIn', () => {
  let synthesized: Synthesized;
  let template: Template;

  beforeAll(async () => {
    synthesized = synthesize({ config: await exampleConfig() });
    template = synthesized.template;
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('requires TOTP MFA of everyone and no SMS', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('requires 12+ character passwords with every character class, not reused', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 3,
          PasswordHistorySize: 5,
        },
      },
    });
  });

  it('lets only admins add people, on the Plus plan with threat protection enforced', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it('has one group per alerting tier plus management, none for the SOP tier', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => (group.Properties as { GroupName: string }).GroupName,
    );

    // The example's tiers: senior and advocates alert, sop does not.
    expect(groups.sort()).toEqual(['advocates', 'management', 'senior']);
    expect([...synthesized.stack.signIn.groups.keys()]).toEqual([
      'senior',
      'advocates',
      'management',
    ]);
  });

  it('gives the console a public client with only the code grant, back to the console only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      CallbackURLs: [
        {
          'Fn::Join': [
            '',
            [
              'https://',
              { 'Fn::GetAtt': [Match.stringLikeRegexp('^ConsoleSiteDistribution'), 'DomainName'] },
              '/console/sign-in/callback',
            ],
          ],
        },
      ],
      LogoutURLs: [
        {
          'Fn::Join': [
            '',
            [
              'https://',
              { 'Fn::GetAtt': [Match.stringLikeRegexp('^ConsoleSiteDistribution'), 'DomainName'] },
              '/console/',
            ],
          ],
        },
      ],
      // A console session: eight hours.
      AccessTokenValidity: 480,
      TokenValidityUnits: Match.objectLike({ AccessToken: 'minutes' }),
    });
  });

  it('gives the pool its own sign-in domain', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });
});
