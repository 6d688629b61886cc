/** The console's session cookie: the local session id, or on AWS the Cognito access token. */
const SESSION_COOKIE = 'advocacy_session';

/** How long a sign-in lasts (Cognito's access tokens are issued for the same time). */
const SESSION_SECONDS = 8 * 60 * 60;

/**
 * HttpOnly (no script reads it), scoped to the console's paths, expiring with the session,
 * `Secure` everywhere but plain-HTTP localhost. SameSite=Lax, not Strict: an alert's link opened
 * from a mail or chat client is a cross-site navigation, and so is the identity provider's
 * redirect back after sign-in; Strict would drop the session on both. Lax still keeps the cookie
 * off every cross-site POST, and each POST must also pass `isSameOrigin` (the CSRF defence).
 */
const sessionCookie = (value: string, secure: boolean, maxAge = SESSION_SECONDS): string =>
  `${SESSION_COOKIE}=${value}; Path=/console; HttpOnly; SameSite=Lax; Max-Age=${String(maxAge)}${secure ? '; Secure' : ''}`;

const clearedSessionCookie = (secure: boolean): string => sessionCookie('', secure, 0);

/** One cookie's value from a Cookie header, or undefined. */
const readCookie = (header: string | undefined, name: string): string | undefined =>
  (header ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

export { clearedSessionCookie, readCookie, SESSION_COOKIE, SESSION_SECONDS, sessionCookie };
