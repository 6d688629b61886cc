import type { Command } from 'commander';
import { endpointOf } from '../../shared/aws/client-options.js';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { withTableOptions, type TableOptions } from './table-options.js';

interface MigrateOptions extends TableOptions {
  readonly config: string;
  readonly dryRun?: boolean;
}

/**
 * `advocacy migrate`: brings items an earlier version wrote up to date after an upgrade (today:
 * assessments get the expiry `retention.assessmentDays` gives them and lose their month-index
 * copy). Run it once after `cdk deploy`; running it again changes nothing.
 */
const registerMigrateCommand = (program: Command): void => {
  withTableOptions(program.command('migrate'))
    .description(
      'bring items written by earlier versions up to date (assessments: expiry, month index); ' +
        'reads the whole table once',
    )
    .option(
      '-c, --config <file>',
      'configuration file (retention.assessmentDays)',
      DEFAULT_CONFIG_FILE,
    )
    .option('--dry-run', 'count what would change, write nothing')
    .action(async (options: MigrateOptions) => {
      const [{ loadConfigFile }, { createDynamoDocumentClient }, { upgradeItems }] =
        await Promise.all([
          import('../../shared/config/load.js'),
          import('../../shared/aws/dynamodb.js'),
          import('../../shared/cases/dynamo-item-upgrades.js'),
        ]);
      const config = await loadConfigFile(options.config);
      const endpoint = endpointOf(options);
      const client = createDynamoDocumentClient({ region: options.region, endpoint });
      try {
        const dryRun = options.dryRun === true;
        const report = await upgradeItems(client, options.table, {
          assessmentDays: config.retention.assessmentDays,
          dryRun,
        });
        process.stdout.write(
          `${String(report.scanned)} assessments read in ${options.table} ` +
            `(${endpoint ?? `AWS ${options.region}`}); ${String(report.upgraded)} ` +
            `${dryRun ? 'would be brought' : 'brought'} up to date\n`,
        );
      } finally {
        client.destroy();
      }
    });
};

export { registerMigrateCommand };
