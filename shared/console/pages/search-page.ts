import type { AdvocacyCase } from '../../cases/model.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';
import type { Viewer } from '../viewer.js';
import { caseTable } from './case-list.js';

interface SearchPageInput {
  readonly viewer: Viewer;
  readonly term?: string | undefined;
  readonly results?: readonly AdvocacyCase[] | undefined;
  readonly error?: string | undefined;
  readonly timeZoneOf: (item: AdvocacyCase) => string;
  readonly now: Date;
}

/**
 * Search by what a person knows. The form posts, so an e-mail address or a name never lands
 * in a URL (browser history, proxy and access logs).
 */
const searchPage = (input: SearchPageInput): string =>
  page({
    title: 'Search',
    viewer: input.viewer,
    body: html`<h1>Find a customer's cases</h1>
      <form method="post" action="${consolePaths.search}" class="search" role="search">
        <div class="field">
          <label for="search-term">Customer id, e-mail, account id or name</label>
          <input
            id="search-term"
            name="q"
            value="${input.term ?? ''}"
            autocomplete="off"
            required${input.error === undefined ? '' : html` aria-invalid="true" aria-describedby="search-error"`}
          />
          ${input.error === undefined ? '' : html`<span class="field-error" id="search-error">${input.error}</span>`}
        </div>
        <button type="submit">Search</button>
      </form>
      ${input.results === undefined ? '' : html`<div role="status">${caseTable(`Cases found: ${input.results.length}`, input.results, input.timeZoneOf, input.now)}</div>`}`,
  });

export { searchPage };
export type { SearchPageInput };
