/**
 * Headers on every console page. The policy allows only the console's own script and style
 * files (no inline code at all), so markup injected through customer text could run nothing
 * even if encoding ever failed; pages are never framed, cached or sent as a referrer.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
} as const;

/**
 * Whether a state-changing request comes from the console's own pages. Browsers send
 * `Sec-Fetch-Site` (and `Origin` on every POST), which a cross-site form cannot forge; this,
 * with SameSite=Lax session cookies, is the CSRF defence, and needs no token store. Behind
 * CloudFront the viewer's host arrives as `x-forwarded-host` (set by the viewer-request function).
 */
const isSameOrigin = (headers: Readonly<Record<string, string | undefined>>): boolean => {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = headers.origin;
  if (origin === undefined) return false;
  const host = headers['x-forwarded-host'] ?? headers.host;
  const own = host === undefined ? [] : [`https://${host}`, `http://${host}`];
  return own.includes(origin);
};

export { isSameOrigin, SECURITY_HEADERS };
