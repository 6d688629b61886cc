import type { Count } from './review-model.js';

interface BarChartOptions {
  readonly title: string;
  readonly bars: readonly Count[];
  /** Total width in pixels. */
  readonly width?: number;
}

const ROW = 20;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 40;
const TOP = 28;

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (char) => `&#${String(char.codePointAt(0))};`);

/**
 * A horizontal bar chart as a self-contained SVG string (no scripts, no external references), so
 * it can sit inline in a Markdown or HTML report. Horizontal bars keep long labels (trigger
 * categories, dates) readable at any number of bars.
 *
 * @example barChartSvg({ title: 'Cases per trigger', bars: [{ key: 'churn_threat', count: 4 }] })
 */
const barChartSvg = ({ title, bars, width = 480 }: BarChartOptions): string => {
  const height = TOP + bars.length * ROW + 8;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const span = width - LABEL_WIDTH - VALUE_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = TOP + index * ROW;
    const length = Math.round((bar.count / max) * span);
    return (
      `<text x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${escapeXml(bar.key)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW - 6}" fill="#3b6ea5"/>` +
      `<text x="${LABEL_WIDTH + length + 4}" y="${y + 14}">${bar.count}</text>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" ` +
      `font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="0" y="16" font-weight="bold">${escapeXml(title)}</text>`,
    ...rows,
    '</svg>',
  ].join('');
};

export { barChartSvg, escapeXml };
export type { BarChartOptions };
