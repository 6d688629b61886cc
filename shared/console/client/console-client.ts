// The console's only script, and optional: pages work without it. It keeps acknowledgement
// deadlines counting down and stops a form from being sent twice.
import { remainingText } from '../remaining.js';

const COUNTDOWN_MS = 30_000;

const refreshDeadlines = (): void => {
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-countdown]')) {
    const deadline = new Date(element.dateTime);
    if (Number.isNaN(deadline.getTime())) continue;
    const now = new Date();
    const remaining = element.querySelector('.remaining');
    if (remaining !== null) remaining.textContent = remainingText(deadline, now);
    element.classList.toggle('overdue', deadline < now);
  }
};

const guardDoubleSubmit = (): void => {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    if (form.dataset.sent === 'yes') {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'yes';
    for (const button of form.querySelectorAll('button'))
      button.setAttribute('aria-disabled', 'true');
  });
};

refreshDeadlines();
setInterval(refreshDeadlines, COUNTDOWN_MS);
guardDoubleSubmit();
