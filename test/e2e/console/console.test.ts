import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { developmentSecret } from '../../../infra/local/dev-secrets.js';
import { samplePayload, type SampleCustomer } from '../../../infra/local/samples.js';
import { signRequest } from '../../../shared/sources/signing.js';
import { eventually, useLocalStack } from '../../helpers/local-stack.js';
import { PHONE, screenshot, seriousViolations, submit, useBrowser } from './browser.js';

const local = useLocalStack();
const browser = useBrowser();

const tag = randomUUID().slice(0, 8);
const EMAIL = `ops-${tag}@example.com`;
const ACCOUNT = `acct-${tag}`;
const OUTAGE = "Our whole site is down right now and we can't take any orders.";
// Hostile customer text: markup, an attribute break-out, right-to-left text and emoji.
const HOSTILE =
  `${OUTAGE} <script>window.__xss = 1</script> "><img src=x onerror="window.__xss = 2"> ` +
  'مرحبا، الخدمة متوقفة 🔥😡';
const HOSTILE_NAME = `Robin "><img src=x onerror="window.__xss=3"> Vale`;

const ranNothing = (page: Page) =>
  page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    injectedScripts: [...document.scripts].filter((script) => script.src === '').length,
  }));

const setDate = (target: Page, selector: string, value: string) =>
  target.$eval(
    selector,
    (node, date) => {
      (node as HTMLInputElement).value = date;
    },
    value,
  );

let page: Page;
let caseUrl: string;

/** Posts one NPS 0 response through the generic webhook, signed as its platform would. */
const postResponse = async (customer: SampleCustomer, responseId: string, comment: string) => {
  const now = new Date();
  const body = samplePayload('generic', customer, { responseId, nps: 0, comment, at: now });
  const signed = signRequest('generic', body, developmentSecret('generic'), now);
  expect((await local.post('/webhooks/generic', signed.body, signed.headers)).status).toBe(202);
};

beforeAll(async () => {
  await postResponse(
    {
      id: `u-${tag}`,
      email: EMAIL,
      name: HOSTILE_NAME,
      accountId: ACCOUNT,
      accountName: HOSTILE_NAME,
      segment: 'strategic',
    },
    `resp-${tag}`,
    HOSTILE,
  );
  page = await browser.newPage();
});

/**
 * Fills the "Customer disagrees" form with the keyboard alone, as an advocate who does not use a
 * mouse would: Tab from the top of the page to the form's first field, type, Tab on, Enter on the
 * button. Returns where Tab stopped, each stop with whether it showed a focus outline.
 */
const disagreeByKeyboard = async (target: Page) => {
  // A fresh load, so Tab starts at the top of the page (the skip link), not at the last form.
  await target.goto(target.url().replace(/#.*$/, ''));
  const stops: { name: string; outlined: boolean }[] = [];
  const focused = () =>
    target.evaluate(() => {
      const element = document.activeElement ?? document.body;
      const style = getComputedStyle(element);
      return {
        name: element.id === '' ? element.textContent.trim() : element.id,
        outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
  while (stops.length < 200 && stops.at(-1)?.name !== 'disagree-criteriaInDoubt') {
    await target.keyboard.press('Tab');
    stops.push(await focused());
  }
  await target.keyboard.type('Checkout still fails on mobile');
  await target.keyboard.press('Tab');
  await target.keyboard.type('Customer tried on their phone after our call');
  await target.keyboard.press('Tab');
  const buttonOf = await target.evaluate(() =>
    document.activeElement?.tagName === 'BUTTON'
      ? (document.activeElement.closest('form')?.action ?? '')
      : '',
  );
  const [response] = await Promise.all([
    target.waitForNavigation(),
    target.keyboard.press('Enter'),
  ]);
  return { status: response?.status() ?? 0, stops, buttonOf };
};

const violationsOn = async (name: string) => {
  // Readable on a phone: no page of the console scrolls sideways.
  expect(await screenshot(page, name)).toBeLessThanOrEqual(PHONE.width);
  return seriousViolations(page);
};

describe('the advocate console in a real browser', () => {
  it('opens the link of a delivered alert through the sign-in form, on the local console', async () => {
    // Prepare
    const [opened] = await eventually(
      async () => {
        const cases = await local.casesOf(`account:${ACCOUNT}`);
        return cases.length > 0 ? cases : undefined;
      },
      15_000,
      'the case',
    );
    const [alert] = await local.waitForAlerts((a) => a.attributes.caseId === opened?.id);
    const link = /http:\/\/\S+\/console\/cases\/[\w-]+/.exec(alert?.message ?? '')?.[0] ?? '';

    // Act
    await page.goto(link);
    const signIn = { url: page.url(), violations: await violationsOn('sign-in') };
    await page.type('#token', local.stack().token);
    const status = await submit(page, 'form button[type=submit]');
    caseUrl = page.url();

    // Assess
    expect(link).toMatch(new RegExp(`^${local.stack().apiUrl}/console/cases/[\\w-]+$`));
    expect(signIn.url).toContain('/console/sign-in?next=%2Fconsole%2Fcases%2F');
    expect(signIn.violations).toEqual([]);
    expect(status).toBe(200);
    expect(caseUrl).toBe(link);
  });

  it('shows the evidence highlighted and hostile text as text, running nothing', async () => {
    // Act
    const marks = await page.$$eval('.words mark', (nodes) => nodes.map((n) => n.textContent));
    const text = await page.$eval('blockquote.words', (node) => node.textContent);
    const heading = await page.$eval('h1', (node) => node.textContent);

    // Assess
    expect(marks.join(' ')).toMatch(/down|take any orders/);
    expect(text).toContain('<script>window.__xss = 1</script>');
    expect(text).toContain('"><img src=x onerror="window.__xss = 2">');
    expect(text).toContain('مرحبا، الخدمة متوقفة 🔥😡');
    expect(heading).toContain(HOSTILE_NAME);
    expect(await ranNothing(page)).toEqual({ xss: null, injectedImages: 0, injectedScripts: 0 });
    expect(await violationsOn('case')).toEqual([]);
  });

  it('explains validation errors next to the field, then acknowledges', async () => {
    // Act
    const rejected = await submit(page, 'form[action$="/acknowledge"] button');
    const error = await page.$eval('#acknowledge-summary-error', (node) => node.textContent);
    const invalid = await page.$eval('#acknowledge-summary', (node) =>
      node.getAttribute('aria-invalid'),
    );
    const violations = await violationsOn('case-validation');
    await page.type(
      '#acknowledge-summary',
      'Checkout down since the deploy; customer losing orders',
    );
    await page.type('#acknowledge-successCriteria', 'orders flow again\nroot cause shared');
    const accepted = await submit(page, 'form[action$="/acknowledge"] button');

    // Assess
    expect(rejected).toBe(400);
    expect(error).toBe('must not be empty');
    expect(invalid).toBe('true');
    expect(violations).toEqual([]);
    expect(accepted).toBe(200);
    expect(await page.$eval('.status', (node) => node.textContent)).toBe('engaged');
  });

  it('shows a concurrent change as a 409 with the fresh case one click away, and recovers', async () => {
    // Prepare: a colleague plans through the cases API while this page is open.
    const caseId = caseUrl.split('/').at(-1) ?? '';
    const colleague = await fetch(`${local.stack().apiUrl}/cases/${caseId}/plan`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${local.stack().token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        actor: 'colleague',
        actions: [{ what: 'roll back', owner: 'platform', due: '2026-12-01' }],
      }),
    });
    await page.type('#plan-actions-0-what', 'Restore checkout');
    await page.type('#plan-actions-0-owner', 'Platform team');
    await setDate(page, '#plan-actions-0-due', '2026-12-01');

    // Act
    const conflict = await submit(page, 'form[action$="/plan"] button');
    const notice = await page.$eval('.notice.alert', (node) => node.textContent);
    const violations = await violationsOn('case-conflict');
    const fresh = await submit(page, '.notice.alert a');
    const colleaguesPlan = await page.$eval('table', (node) => node.textContent);
    await page.type('#plan-actions-0-what', 'Restore checkout');
    await page.type('#plan-actions-0-owner', 'Platform team');
    await setDate(page, '#plan-actions-0-due', '2026-12-01');
    await page.type('#plan-trial-service', 'Premium support');
    await setDate(page, '#plan-trial-ends', '2026-12-31');
    const planned = await submit(page, 'form[action$="/plan"] button');

    // Assess
    expect(colleague.status).toBe(200);
    expect(conflict).toBe(409);
    expect(notice).toMatch(/Someone changed this case .* Nothing was saved/s);
    expect(violations).toEqual([]);
    expect(fresh).toBe(200);
    expect(colleaguesPlan).toContain('roll back');
    expect(planned).toBe(200);
    expect(await page.$eval('table', (node) => node.textContent)).toContain('Restore checkout');
    expect(await page.$eval('.status', (node) => node.textContent)).toBe('plan');
  });

  it('resolves, takes the customer disagreeing by keyboard alone, resolves again and closes', async () => {
    // Act
    await page.type('#resolve-note', 'Checkout restored; deploy gate added');
    const firstResolve = await submit(page, 'form[action$="/resolve"] button');
    const disputed = await disagreeByKeyboard(page);
    const disputedCriteria = await page.$eval('#engagement-title', (heading) =>
      heading.parentElement?.textContent.replace(/\s+/g, ' '),
    );
    const statusAfterDispute = await page.$eval('.status', (node) => node.textContent);
    const disputedViolations = await violationsOn('case-disputed');
    await page.type('#resolve-note', 'Checkout restored and the gate verified with the customer');
    const secondResolve = await submit(page, 'form[action$="/resolve"] button');
    await page.click('#close-customerAgreed');
    await page.type('#close-note', 'Customer confirmed on the call');
    const closed = await submit(page, 'form[action$="/close"] button');

    // Assess
    expect([firstResolve, secondResolve, closed]).toEqual([200, 200, 200]);
    expect(disputed.status).toBe(200);
    expect(disputed.stops[0]?.name).toBe('Skip to content');
    expect(disputed.stops.filter((stop) => !stop.outlined)).toEqual([]);
    expect(disputed.buttonOf).toMatch(/\/disagree$/);
    expect(statusAfterDispute).toBe('plan');
    expect(disputedCriteria).toContain('Criteria the customer disputes');
    expect(disputedCriteria).toContain('Checkout still fails on mobile');
    expect(disputedViolations).toEqual([]);
    expect(await page.$eval('.status', (node) => node.textContent)).toBe('closed');
    const timeline = await page.$$eval('.timeline li strong', (nodes) =>
      nodes.map((n) => n.textContent),
    );
    expect(timeline).toEqual([
      'opened',
      'acknowledged',
      'planned',
      'planned',
      'resolved',
      'customer disagreed',
      'resolved',
      'closed',
    ]);
    expect(await violationsOn('case-closed')).toEqual([]);
  });

  it.each([
    ['e-mail', () => EMAIL.toUpperCase()],
    ['account id', () => ACCOUNT],
  ])('finds the case by %s, without the term in the URL', async (label, term) => {
    // Act
    await page.goto(`${local.stack().apiUrl}/console/search`);
    await page.type('#search-term', term());
    const status = await submit(page, 'form.search button');
    const links = await page.$$eval('table.cases a', (nodes) => nodes.map((n) => n.href));

    // Assess
    expect(status).toBe(200);
    expect(page.url()).toBe(`${local.stack().apiUrl}/console/search`);
    expect(links).toEqual([caseUrl]);
    expect(await ranNothing(page)).toEqual({ xss: null, injectedImages: 0, injectedScripts: 0 });
    expect(await violationsOn(`search-by-${label.replace(/ /g, '-')}`)).toEqual([]);
  });

  it.each([
    ['queue', '/console/?tier=senior&status=closed'],
    ['history', () => `${new URL(caseUrl).pathname}/history`],
    ['review', '/console/review'],
  ])('renders the %s page accessibly, customer text inert', async (name, path) => {
    // Act
    const response = await page.goto(
      `${local.stack().apiUrl}${typeof path === 'string' ? path : path()}`,
    );

    // Assess
    expect(response?.status()).toBe(200);
    expect(await page.$eval('main', (node) => node.textContent)).not.toBe('');
    expect(await ranNothing(page)).toEqual({ xss: null, injectedImages: 0, injectedScripts: 0 });
    expect(await violationsOn(name)).toEqual([]);
  });

  it('pages a queue longer than a page with its Next page link', async () => {
    // Prepare: one page of open, not urgent cases in the advocates' queue, and one case more.
    const accounts = Array.from({ length: 26 }, (_, index) => `page-${tag}-${String(index)}`);
    for (const account of accounts) {
      await postResponse(
        {
          id: `u-${account}`,
          email: `${account}@example.com`,
          name: 'Sam Doe',
          accountId: account,
          accountName: `Account ${account}`,
          segment: 'standard',
        },
        `resp-${account}`,
        'Terrible service, I want a manager.',
      );
    }
    await eventually(
      async () => {
        const opened = await Promise.all(
          accounts.map((account) => local.casesOf(`account:${account}`)),
        );
        return opened.every((cases) => cases.length > 0) ? true : undefined;
      },
      60_000,
      'the queue of 26 cases',
    );
    const caseLinks = () => page.$$eval('table.cases a', (nodes) => nodes.map((n) => n.href));

    // Act
    await page.goto(`${local.stack().apiUrl}/console/?tier=advocates&urgency=normal`);
    const first = await caseLinks();
    const status = await submit(page, 'a[href*="cursor="]');
    const second = await caseLinks();

    // Assess
    expect(first).toHaveLength(25);
    expect(status).toBe(200);
    expect(new URL(page.url()).searchParams.get('tier')).toBe('advocates');
    expect(second).toHaveLength(1);
    expect(first).not.toContain(second[0]);
    expect(await violationsOn('queue-next-page')).toEqual([]);
  });

  it('shows listed cases whole on a phone, each deadline in view', async () => {
    // Prepare: the customer's history, whose table of cases the queue and search results share,
    // at a phone's width.
    const [opened] = await eventually(
      async () => {
        const cases = await local.casesOf(`account:${ACCOUNT}`);
        return cases.length > 0 ? cases : undefined;
      },
      15_000,
      'the case',
    );
    const viewport = page.viewport();
    await page.setViewport(PHONE);
    try {
      // Act
      await page.goto(`${local.stack().apiUrl}/console/cases/${String(opened?.id)}/history`);
      const deadlineEdges = await page.$$eval(
        'table.cases td[data-label="Acknowledge by"]',
        (cells) => cells.map((cell) => cell.getBoundingClientRect().right),
      );

      // Assess: every deadline is on the screen, none beyond its edge in a scrolled table.
      expect(deadlineEdges.length).toBeGreaterThan(0);
      for (const edge of deadlineEdges) expect(edge).toBeLessThanOrEqual(PHONE.width);
    } finally {
      if (viewport !== null) await page.setViewport(viewport);
    }
  });

  it('keeps the case page script within budget and the policy strict', async () => {
    // Act
    const response = await page.goto(caseUrl);
    const scripts = await page.$$eval('script', (nodes) => nodes.map((n) => n.src));
    const sizes = await Promise.all(
      scripts.map(async (src) =>
        (await fetch(src)).arrayBuffer().then((bytes) => bytes.byteLength),
      ),
    );

    // Assess
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(100 * 1024);
  });
});
