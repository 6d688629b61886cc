import type { SignalText } from '../../cases/case-store.js';
import type { CaseView } from '../../casework/case-view.js';
import { deadlineView } from '../deadline.js';
import { html, type HtmlPart } from '../html.js';
import { page } from '../layout.js';
import type { Viewer } from '../viewer.js';
import { actionForms, type Attempt } from './action-forms.js';
import { caseEngagement, caseSummary, caseTimeline } from './case-details.js';
import { caseSignals } from './case-signals.js';
import { customerLabel } from './format.js';

interface CasePageInput {
  readonly view: CaseView;
  readonly texts: readonly SignalText[];
  readonly viewer: Viewer;
  /** The time zone of the tier that holds the case now. */
  readonly timeZone: string;
  readonly now: Date;
  readonly attempt?: Attempt | undefined;
  readonly notice?: { readonly kind: 'alert' | 'status'; readonly body: HtmlPart } | undefined;
}

/** A case: who and how urgent, the customer's words with the evidence marked, engagement, timeline, actions. */
const casePage = (input: CasePageInput): string => {
  const { view, timeZone } = input;
  return page({
    title: `Case of ${customerLabel(view)}`,
    viewer: input.viewer,
    notice: input.notice,
    body: html`<h1 dir="auto">
        ${customerLabel(view)}${view.urgent ? html` <span class="urgent-tag">Urgent</span>` : ''}
      </h1>
      <p class="hint">Case ${view.id} · version ${view.version}</p>
      ${caseSummary(view, deadlineView(view.ackDeadline, timeZone, input.now))}
      <div class="columns">
        <div>
          ${caseSignals(view.signals, input.texts, view.evidence, timeZone)}
          ${caseEngagement(view, timeZone)} ${caseTimeline(view, timeZone)}
        </div>
        <div>${actionForms(view, input.attempt)}</div>
      </div>`,
  });
};

export { casePage };
export type { CasePageInput };
