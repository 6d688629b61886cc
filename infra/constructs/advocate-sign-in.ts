import { Aws, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { consolePaths } from '../../shared/console/paths.js';
import { SESSION_SECONDS } from '../../shared/console/session.js';
import { MANAGEMENT_GROUP } from '../../shared/console/viewer.js';
import { SIGN_IN_DEFAULTS } from './secure-defaults.js';

interface AdvocateSignInProps {
  /** Prefix of the user pool's name and of its sign-in domain. */
  readonly name: string;
  /** One group each (same name): the tiers whose queues a member works. */
  readonly tierNames: readonly string[];
  /** `https://<distribution domain>`: the only place sign-in and sign-out may return to. */
  readonly consoleOrigin: string;
  /** @default RemovalPolicy.RETAIN (the advocates' accounts and their MFA devices) */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Who may open the console: a Cognito user pool that only admins add people to (no self
 * sign-up), sign-in by user name or e-mail, passwords of 12+ characters with every character
 * class, TOTP MFA required for everyone (no SMS), Plus feature plan with threat protection
 * enforced (compromised credentials and risky sign-ins blocked). One group per tier plus
 * `management` (sees every tier): the console reads them from the token's `cognito:groups`.
 *
 * The console's app client is public (no secret, PKCE instead), uses only the authorization
 * code grant of the managed sign-in page, and gets access tokens that last as long as a console
 * session; the refresh token is never stored.
 */
class AdvocateSignIn extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly client: cognito.UserPoolClient;
  public readonly domain: cognito.UserPoolDomain;
  /** Group name -> group: each tier, then management. */
  public readonly groups: ReadonlyMap<string, cognito.UserPoolGroup>;

  constructor(scope: Construct, id: string, props: AdvocateSignInProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'Advocates', {
      userPoolName: `${props.name}-advocates`,
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      autoVerify: { email: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: SIGN_IN_DEFAULTS.passwordMinLength,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(SIGN_IN_DEFAULTS.temporaryPasswordDays),
        passwordHistorySize: SIGN_IN_DEFAULTS.passwordHistorySize,
      },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: (props.removalPolicy ?? RemovalPolicy.RETAIN) === RemovalPolicy.RETAIN,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    const groups = new Map<string, cognito.UserPoolGroup>();
    for (const [index, group] of [...props.tierNames, MANAGEMENT_GROUP].entries()) {
      groups.set(
        group,
        new cognito.UserPoolGroup(this, `Group-${group}`, {
          userPool: this.userPool,
          groupName: group,
          description:
            group === MANAGEMENT_GROUP
              ? 'Sees every tier and the review'
              : `Works the ${group} tier's queue`,
          // Lower wins when a token names one role; management first.
          precedence: group === MANAGEMENT_GROUP ? 0 : index + 1,
        }),
      );
    }
    this.groups = groups;

    // Domain prefixes are global per region: the stack id's first block keeps this one unique.
    const stackSuffix = Fn.select(0, Fn.split('-', Fn.select(2, Fn.split('/', Aws.STACK_ID))));
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: Fn.join('-', [props.name, 'console', stackSuffix]) },
    });

    this.client = this.userPool.addClient('Console', {
      userPoolClientName: `${props.name}-console`,
      generateSecret: false,
      // Advocates sign in on the managed page only; naming SRP here turns off Cognito's other
      // default (custom authentication), and no flow ever sends a password to the console.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID],
        callbackUrls: [`${props.consoleOrigin}${consolePaths.signInCallback}`],
        logoutUrls: [`${props.consoleOrigin}${consolePaths.home}`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.seconds(SESSION_SECONDS),
      idTokenValidity: Duration.seconds(SESSION_SECONDS),
      // Never stored by the console; Cognito only requires it to outlive the other tokens.
      refreshTokenValidity: Duration.seconds(SESSION_SECONDS),
      authSessionValidity: Duration.minutes(SIGN_IN_DEFAULTS.authSessionMinutes),
    });
  }

  /** The user pool domain: the managed sign-in page and the token endpoint live under it. */
  get signInUrl(): string {
    return this.domain.baseUrl();
  }
}

export { AdvocateSignIn };
export type { AdvocateSignInProps };
