import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

/** Where screenshots land with the test output (git-ignored). */
const SCREENSHOTS = join(process.cwd(), 'test-results', 'console');

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
}

/**
 * One headless Chromium for the calling test file: the one @sparticuz/chromium ships inside its
 * npm package (nothing is downloaded at test time), driven by puppeteer-core.
 */
const useBrowser = () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await puppeteer.launch({
      executablePath: await chromium.executablePath(),
      args: chromium.args,
      headless: true,
      defaultViewport: { width: 1100, height: 900 },
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async (): Promise<Page> => {
      if (browser === undefined) throw new Error('the browser is not started');
      return browser.newPage();
    },
  };
};

/**
 * axe-core's serious and critical WCAG 2.1 A/AA violations on the current page. axe is injected
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (options: unknown) => Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
        }>;
      };
    };
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
};

const PHONE = { width: 390, height: 844 };

/**
 * Writes `<name>.png` at the page's width and `<name>-phone.png` at a phone's, and says how wide
 * the phone page really is: wider than the phone means sideways scrolling.
 */
const screenshot = async (page: Page, name: string): Promise<number> => {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const viewport = page.viewport();
  await page.setViewport(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (viewport !== null) await page.setViewport(viewport);
  return width;
};

/** Submits a form by its button and waits for the page the server answers with. */
const submit = async (page: Page, buttonSelector: string): Promise<number> => {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(buttonSelector)]);
  return response?.status() ?? 0;
};

export { PHONE, screenshot, seriousViolations, submit, useBrowser };
export type { AxeViolation };
