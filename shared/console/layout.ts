import { html, type HtmlPart, type SafeHtml } from './html.js';
import { consolePaths } from './paths.js';
import { seesAll, type Viewer } from './viewer.js';

interface PageOptions {
  readonly title: string;
  readonly viewer?: Viewer | undefined;
  readonly body: HtmlPart;
  /** A message shown first, announced to screen readers (`alert` for errors). */
  readonly notice?: { readonly kind: 'alert' | 'status'; readonly body: HtmlPart } | undefined;
}

const navigation = (viewer: Viewer): SafeHtml =>
  html`<header class="top">
    <nav aria-label="Console">
      <a href="${consolePaths.home}">Queue</a>
      <a href="${consolePaths.search}">Search</a>
      ${seesAll(viewer) ? html`<a href="${consolePaths.review}">Review</a>` : ''}
    </nav>
    <form method="post" action="${consolePaths.signOut}" class="sign-out">
      <span class="who">${viewer.name}</span>
      <button type="submit">Sign out</button>
    </form>
  </header>`;

/** The page shell: one stylesheet and one deferred module script, both from the console's own origin. */
const page = ({ title, viewer, body, notice }: PageOptions): string =>
  html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Advocacy console</title>
        <link rel="stylesheet" href="${consolePaths.asset('console.css')}" />
        <script type="module" src="${consolePaths.asset('console.js')}"></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        ${viewer === undefined ? '' : navigation(viewer)}
        <main id="main" tabindex="-1">
          ${
            notice === undefined
              ? ''
              : html`<div class="notice ${notice.kind}" role="${notice.kind}">${notice.body}</div>`
          }
          ${body}
        </main>
      </body>
    </html> `.toString();

export { page };
export type { PageOptions };
