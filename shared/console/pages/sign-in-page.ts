import { html } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';

/**
 * The local stack's sign-in: the token `npm start` prints. (On AWS, Cognito's managed login
 * signs advocates in instead.) `next` is a console path, never personal data.
 */
const signInPage = (next: string, error?: string): string =>
  page({
    title: 'Sign in',
    body: html`<h1>Sign in to the advocacy console</h1>
      <form method="post" action="${consolePaths.signIn}">
        <input type="hidden" name="next" value="${next}" />
        <div class="field">
          <label for="token">Access token</label>
          <span class="hint" id="token-hint"
            >The token npm start printed (ADVOCACY_LOCAL_TOKEN).</span
          >
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby="token-hint${error === undefined ? '' : ' token-error'}"
            ${error === undefined ? '' : html` aria-invalid="true"`}
          />
          ${error === undefined ? '' : html`<span class="field-error" id="token-error">${error}</span>`}
        </div>
        <button type="submit">Sign in</button>
      </form>`,
  });

export { signInPage };
