import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { jsonText } from '../../shared/plain-text.js';
import { withTableOptions, type TableOptions } from './table-options.js';

interface ReviewOptions extends TableOptions {
  readonly from: string;
  readonly to: string;
  readonly format: string;
  readonly config: string;
}

const FORMATS = ['md', 'csv', 'json'] as const;

/** `advocacy review --from DATE --to DATE [--format md|csv|json]`: the management review. */
const registerReviewCommand = (program: Command): void => {
  withTableOptions(program.command('review'))
    .description(
      'management review of the cases opened in a period: volumes, time to acknowledge and to ' +
        'close against SLA, breaches, recurrence, open cases by age, trials ending soon',
    )
    .requiredOption(
      '--from <date>',
      'first day (YYYY-MM-DD, UTC) or an ISO date-time with its offset',
    )
    .requiredOption(
      '--to <date>',
      'last day, inclusive (YYYY-MM-DD, UTC) or an exclusive date-time with its offset',
    )
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'md')
    .option('-c, --config <file>', 'configuration file (tiers and SLAs)', DEFAULT_CONFIG_FILE)
    .action(async (options: ReviewOptions) => {
      const [{ loadConfigFile }, period, store, source, review, markdown, csv, errors] =
        await Promise.all([
          import('../../shared/config/load.js'),
          import('../../shared/casework/review-period.js'),
          import('../../shared/casework/cli-store.js'),
          import('../../shared/casework/review-source.js'),
          import('../../shared/casework/review.js'),
          import('../../shared/casework/review-markdown.js'),
          import('../../shared/casework/review-csv.js'),
          import('../../shared/errors.js'),
        ]);
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new errors.ValidationError(`--format must be one of ${FORMATS.join(', ')}`);
      }
      const { from, to } = period.parsePeriod(options.from, options.to);
      const config = await loadConfigFile(options.config);
      const now = new Date();
      const input = await store.withCaseStore(options, config.retention, (cases) =>
        source.loadReviewInput(
          cases,
          config.tiers.map((tier) => tier.name),
          { from, to, now },
        ),
      );
      const result = review.computeReview(input, config.tiers);
      process.stdout.write(
        options.format === 'json'
          ? `${jsonText(result, 2)}\n`
          : options.format === 'csv'
            ? csv.renderReviewCsv(result)
            : markdown.renderReviewMarkdown(result),
      );
    });
};

export { registerReviewCommand };
