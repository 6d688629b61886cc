import type { SignalText } from '../../cases/case-store.js';
import type { CaseSignal, CaseTrigger } from '../../cases/model.js';
import type { Trigger } from '../../scoring/assessment.js';
import { highlightRuns } from '../evidence.js';
import { html, type SafeHtml } from '../html.js';
import { categoryLabel, dateTime, ratingText } from './format.js';

/** Text with each trigger's evidence in `<mark>`, labelled with its categories for every reader. */
const highlighted = (text: string, triggers: readonly Trigger[]): SafeHtml =>
  html`${highlightRuns(text, triggers).map((run) =>
    run.categories.length === 0
      ? run.text
      : html`<mark data-trigger="${run.categories.join(' ')}"
          ><span class="visually-hidden">[${run.categories.map(categoryLabel).join(', ')}:] </span
          >${run.text}</mark
        >`,
  )}`;

// Kept on one line: the customer's line breaks are shown (pre-wrap), so no template whitespace.
const said = (words: SafeHtml): SafeHtml => html`<p class="said" dir="auto">${words}</p>`;

const words = (text: SignalText): SafeHtml => {
  if (text.turns.length === 0)
    return html`<blockquote class="words">
      ${said(highlighted(text.text, text.triggers))}
    </blockquote>`;
  return html`<ol class="turns">
    ${text.turns.map(
      (turn, index) =>
        html`<li class="turn ${turn.role}">
          <span class="role">${turn.role === 'customer' ? 'Customer' : 'Agent'}</span>
          ${said(
            highlighted(
              turn.text,
              text.triggers.filter((trigger) => trigger.turn === index),
            ),
          )}
        </li>`,
    )}
  </ol>`;
};

// Past retention the raw text is gone; the case still keeps each trigger's quoted evidence.
const evidenceOnly = (evidence: readonly CaseTrigger[]): SafeHtml =>
  html`<p class="hint">The full text is past its retention period; the quoted evidence remains.</p>
    <ul>
      ${evidence.map(
        (trigger) =>
          html`<li>
            ${categoryLabel(trigger.category)}: <q dir="auto"><mark>${trigger.evidence}</mark></q>
          </li>`,
      )}
    </ul>`;

const signalSection = (
  signal: CaseSignal,
  text: SignalText | undefined,
  evidence: readonly CaseTrigger[],
  timeZone: string,
): SafeHtml =>
  html`<article class="signal">
    <h3>
      ${signal.kind === 'transcript' ? 'Transcript' : 'Survey response'} from ${signal.source},
      <time datetime="${signal.submittedAt}">${dateTime(signal.submittedAt, timeZone)}</time>
    </h3>
    <p class="facts">
      ${ratingText(signal.rating)} · score ${signal.score}${signal.urgent ? ' · urgent' : ''}
    </p>
    ${text === undefined ? evidenceOnly(evidence) : words(text)}
    <ul class="triggers">
      ${signal.triggers.map(
        (trigger) =>
          html`<li>
            <strong>${categoryLabel(trigger.category)}</strong>:
            ${
              trigger.evidence === ''
                ? ratingText(signal.rating)
                : html`<q dir="auto">${trigger.evidence}</q>`
            }
          </li>`,
      )}
    </ul>
  </article>`;

/** Every signal of the case, newest first, with the customer's own words. */
const caseSignals = (
  signals: readonly CaseSignal[],
  texts: readonly SignalText[],
  evidence: readonly CaseTrigger[],
  timeZone: string,
): SafeHtml => {
  const byId = new Map(texts.map((text) => [text.signalId, text]));
  const newestFirst = [...signals].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return html`<section aria-labelledby="signals-title">
    <h2 id="signals-title">In the customer's words</h2>
    ${newestFirst.map((signal) =>
      signalSection(
        signal,
        byId.get(signal.signalId),
        evidence.filter((trigger) => trigger.signalId === signal.signalId),
        timeZone,
      ),
    )}
  </section>`;
};

export { caseSignals, highlighted };
