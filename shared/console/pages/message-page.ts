import { html } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';
import type { Viewer } from '../viewer.js';

/** A short page for what went wrong (not found, forbidden, failed), with the way back. */
const messagePage = (viewer: Viewer | undefined, title: string, message: string): string =>
  page({
    title,
    viewer,
    body: html`<h1>${title}</h1>
      <p>${message}</p>
      <p><a href="${consolePaths.home}">Back to the queue</a></p>`,
  });

export { messagePage };
