import { Logger } from '@aws-lambda-powertools/logger';
import { timeZoneOf } from '../../shared/alerts/target.js';
import { caseStoreFor } from '../../shared/cases/dynamo-case-store.js';
import { createCaseService } from '../../shared/casework/case-service.js';
import { computeReview } from '../../shared/casework/review.js';
import { loadReviewInput } from '../../shared/casework/review-source.js';
import { ENV, readFunctionEnv, required } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createConsoleApp } from '../../shared/console/console-app.js';
import {
  createHostedSignIn,
  hostedSignOutUrl,
  type HostedSignInSettings,
} from '../../shared/console/hosted-sign-in.js';
import { clearedSessionCookie } from '../../shared/console/session.js';
import { createTokenEndpoint } from '../../shared/console/token-endpoint.js';
import { createHandler } from './handler.js';

// Cold start: environment, configuration and clients once per container.
const env = readFunctionEnv('console');
const config = await loadRuntimeConfig(env.configFile);
const store = caseStoreFor(env, config.retention);
const tierNames = config.tiers.map((tier) => tier.name);
const now = () => new Date();
// Set by the CDK stack; locally the gateway in front of this function signs in instead.
const signInSettings: HostedSignInSettings | undefined =
  env.signInUrl === undefined
    ? undefined
    : {
        signInUrl: env.signInUrl,
        clientId: required(env.signInClientId, ENV.signInClientId),
        consoleOrigin: required(env.consoleOrigin, ENV.consoleOrigin),
      };

/** The advocate console's Lambda entry point (behind CloudFront and the JWT authorizer). */
export const handler = createHandler({
  app: createConsoleApp({
    service: createCaseService({ store, now }),
    texts: store,
    review: async (from, to) =>
      computeReview(
        await loadReviewInput(store, tierNames, { from, to, now: now() }),
        config.tiers,
      ),
    zones: (tier) => timeZoneOf(tier, config),
    tierNames,
    // Locally the endpoint override is set and pages are plain HTTP: no Secure cookie there.
    signOutCookie: clearedSessionCookie(env.awsEndpoint === undefined),
    signedOutLocation: signInSettings && hostedSignOutUrl(signInSettings),
    logger: new Logger({ serviceName: 'console' }),
    now,
  }),
  signIn: signInSettings && createHostedSignIn(signInSettings, createTokenEndpoint(signInSettings)),
});
