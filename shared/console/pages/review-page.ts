import { periodLabel } from '../../casework/review-format.js';
import type { Review } from '../../casework/review-model.js';
import { reviewCharts, reviewSections } from '../../casework/review-sections.js';
import { barChartSvg } from '../../casework/svg-bar-chart.js';
import { html, trustedMarkup } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';
import type { Viewer } from '../viewer.js';

/** The management review, with the same figures and charts as `advocacy review`. */
const reviewPage = (viewer: Viewer, review: Review): string =>
  page({
    title: 'Review',
    viewer,
    body: html`<h1>Customer Advocacy review, ${periodLabel(review)}</h1>
      <form method="get" action="${consolePaths.review}" class="filters" aria-label="Review period">
        <div class="field">
          <label for="review-from">From</label
          ><input type="date" id="review-from" name="from" value="${review.from.slice(0, 10)}" />
        </div>
        <div class="field">
          <label for="review-to">To (inclusive)</label
          ><input
            type="date"
            id="review-to"
            name="to"
            value="${new Date(Date.parse(review.to) - 1).toISOString().slice(0, 10)}"
          />
        </div>
        <button type="submit">Show</button>
      </form>
      <p>
        Cases opened: <strong>${review.opened}</strong> (${review.urgent} urgent), closed since:
        <strong>${review.closed}</strong>, SLA breaches: <strong>${review.breaches.length}</strong>,
        recurrences within ${review.recurrence.windowDays} days:
        <strong>${review.recurrence.cases.length}</strong>.
      </p>
      <div class="charts">
        ${reviewCharts(review).map((chart) => html`<figure>${trustedMarkup(barChartSvg(chart))}</figure>`)}
      </div>
      ${reviewSections(review).map(
        (section) =>
          html`<section>
            <h2>${section.title}</h2>
            ${
              section.rows.length === 0
                ? html`<p class="hint">None.</p>`
                : html`<div class="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          ${section.head.map((cell) => html`<th scope="col">${cell}</th>`)}
                        </tr>
                      </thead>
                      <tbody>
                        ${section.rows.map(
                          (row) =>
                            html`<tr>
                              ${row.map((cell) => html`<td dir="auto">${cell}</td>`)}
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
            }
          </section>`,
      )}`,
  });

export { reviewPage };
