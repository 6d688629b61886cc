import type { AdvocacyCase } from '../../cases/model.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';
import type { Viewer } from '../viewer.js';
import { caseTable } from './case-list.js';
import { customerLabel } from './format.js';

interface HistoryPageInput {
  readonly viewer: Viewer;
  readonly current: AdvocacyCase;
  readonly cases: readonly AdvocacyCase[];
  readonly timeZoneOf: (item: AdvocacyCase) => string;
  readonly now: Date;
}

/** A customer's cases over time, with how often they came back after a close (recurrence). */
const historyPage = (input: HistoryPageInput): string => {
  const recurrences = input.cases.filter((item) => item.previousCaseId !== undefined).length;
  return page({
    title: `History of ${customerLabel(input.current)}`,
    viewer: input.viewer,
    body: html`<h1 dir="auto">History of ${customerLabel(input.current)}</h1>
      <p><a href="${consolePaths.case(input.current.id)}">Back to the case</a></p>
      <p>
        ${input.cases.length} case(s); ${recurrences} opened again after an earlier case closed.
      </p>
      ${caseTable('Cases, newest first', input.cases, input.timeZoneOf, input.now)}`,
  });
};

export { historyPage };
export type { HistoryPageInput };
