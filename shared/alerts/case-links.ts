import { consoleCasesUrl } from '../console/paths.js';
import { ENV } from '../config/env.js';
import { ConfigError } from '../errors.js';

/**
 * The configuration as alerts are formatted with it: `caseLinkBaseUrl` as configured, else the
 * case pages of the console at `consoleOrigin` (the stack passes its CloudFront origin to the
 * functions as ADVOCACY_CONSOLE_ORIGIN). Neither is a configuration error naming both.
 *
 * @example withCaseLinks(config, 'https://d111.cloudfront.net').caseLinkBaseUrl
 * // 'https://d111.cloudfront.net/console/cases' when the configuration sets none
 */
const withCaseLinks = <T extends { readonly caseLinkBaseUrl?: string | undefined }>(
  config: T,
  consoleOrigin: string | undefined,
): T & { readonly caseLinkBaseUrl: string } => {
  const caseLinkBaseUrl =
    config.caseLinkBaseUrl ??
    (consoleOrigin === undefined ? undefined : consoleCasesUrl(consoleOrigin));
  if (caseLinkBaseUrl === undefined)
    throw new ConfigError([
      { path: 'caseLinkBaseUrl', message: `is required when ${ENV.consoleOrigin} is not set` },
    ]);
  return { ...config, caseLinkBaseUrl };
};

export { withCaseLinks };
