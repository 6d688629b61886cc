/** Where the console lives; every page and asset path starts here. */
const CONSOLE_BASE = '/console';

/**
 * The console's addresses. Case ids are opaque UUIDs: no path or query ever carries a
 * customer's name, e-mail or words, so URLs are safe in logs, history and referrers.
 */
const consolePaths = {
  home: `${CONSOLE_BASE}/`,
  queue: (query: Readonly<Record<string, string | undefined>> = {}) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return params === '' ? `${CONSOLE_BASE}/` : `${CONSOLE_BASE}/?${params}`;
  },
  case: (caseId: string) => `${CONSOLE_BASE}/cases/${encodeURIComponent(caseId)}`,
  action: (caseId: string, action: string) =>
    `${CONSOLE_BASE}/cases/${encodeURIComponent(caseId)}/${action}`,
  history: (caseId: string) => `${CONSOLE_BASE}/cases/${encodeURIComponent(caseId)}/history`,
  search: `${CONSOLE_BASE}/search`,
  review: `${CONSOLE_BASE}/review`,
  signIn: `${CONSOLE_BASE}/sign-in`,
  /** Where the identity provider sends the browser back with an authorization code. */
  signInCallback: `${CONSOLE_BASE}/sign-in/callback`,
  signOut: `${CONSOLE_BASE}/sign-out`,
  assets: `${CONSOLE_BASE}/assets/`,
  asset: (file: string) => `${CONSOLE_BASE}/assets/${file}`,
} as const;

// What a browser sends in a path and query: printable ASCII, anything else percent-encoded.
// A `Location` header must not carry the rest (Node refuses a raw CR or LF with an error, and
// a proxy might split the header on it), so such a `next` goes to the queue like any bad one.
const URL_CHARACTERS = /^[\x21-\x7e]+$/;

/**
 * Where to go after signing in: a console path of this site, never another origin (an open
 * redirect), else the queue.
 */
const safeNext = (next: string | null | undefined): string =>
  next !== null &&
  next !== undefined &&
  next.startsWith(`${CONSOLE_BASE}/`) &&
  URL_CHARACTERS.test(next) &&
  !next.startsWith('//') &&
  !next.includes('\\')
    ? next
    : consolePaths.home;

/**
 * The base of the console's case pages at an origin (`https://d111.cloudfront.net`,
 * `http://127.0.0.1:3000`): alerts link to `${base}/${caseId}` unless `caseLinkBaseUrl` is set.
 */
const consoleCasesUrl = (origin: string): string =>
  `${origin.replace(/\/+$/, '')}${CONSOLE_BASE}/cases`;

export { CONSOLE_BASE, consoleCasesUrl, consolePaths, safeNext };
