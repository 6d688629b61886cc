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
  signOut: `${CONSOLE_BASE}/sign-out`,
  asset: (file: string) => `${CONSOLE_BASE}/assets/${file}`,
} as const;

export { CONSOLE_BASE, consolePaths };
