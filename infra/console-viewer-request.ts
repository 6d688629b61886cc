import { CONSOLE_BASE, consolePaths } from '../shared/console/paths.js';
import { SESSION_COOKIE } from '../shared/console/session.js';

/**
 * The source of the CloudFront Function (runtime cloudfront-js-2.0) that runs on every viewer
 * request for the console's pages, before CloudFront forwards it to API Gateway:
 *
 * - anything outside the console is redirected to it, so the distribution exposes no other
 *   route of the API (webhooks, the IAM-signed cases API);
 * - the session cookie becomes `Authorization: Bearer <access token>`: API Gateway's JWT
 *   authorizers read a header or the query string, never a cookie, and the token must not ride
 *   in a URL; the cookie itself is then dropped, so the token reaches the origin once;
 * - a GET without a session (an alert's link opened signed out) is redirected to the sign-in
 *   route with the path to come back to, instead of API Gateway's bare JSON 401;
 * - the viewer's host travels as `x-forwarded-host` (the origin sees API Gateway's own host),
 *   for the console's same-origin check on POSTs;
 * - `/console/` goes to the origin as `/console`: the API's routes are `/console` and
 *   `/console/{proxy+}`, and a greedy variable does not match an empty segment.
 *
 * The names and paths come from the same constants the console uses. Plain ES5 inside: the
 * runtime implements only part of newer JavaScript.
 */
const viewerRequestCode = (): string => `var SESSION_COOKIE = ${JSON.stringify(SESSION_COOKIE)};
var BASE = ${JSON.stringify(CONSOLE_BASE)};
var HOME = ${JSON.stringify(consolePaths.home)};
var SIGN_IN = ${JSON.stringify(consolePaths.signIn)};
var PUBLIC_PATHS = ${JSON.stringify([consolePaths.signIn, consolePaths.signInCallback])};

function redirect(location) {
  return {
    statusCode: 302,
    statusDescription: 'Found',
    headers: { location: { value: location }, 'cache-control': { value: 'no-store' } }
  };
}

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri !== BASE && uri.indexOf(HOME) !== 0) return redirect(HOME);
  var session = request.cookies[SESSION_COOKIE];
  if (session && session.value) {
    request.headers.authorization = { value: 'Bearer ' + session.value };
    delete request.cookies[SESSION_COOKIE];
  }
  var reading = request.method === 'GET' || request.method === 'HEAD';
  if (!request.headers.authorization && reading && PUBLIC_PATHS.indexOf(uri) < 0) {
    return redirect(SIGN_IN + '?next=' + encodeURIComponent(uri));
  }
  if (request.headers.host) request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  if (uri === HOME) request.uri = BASE;
  return request;
}
`;

export { viewerRequestCode };
