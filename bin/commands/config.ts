import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE, loadConfigFile } from '../../shared/config/load.js';
import { jsonText } from '../../shared/plain-text.js';

/** `advocacy config check|print`: validate the configuration file, or print it with defaults applied. */
const registerConfigCommand = (program: Command): void => {
  const config = program.command('config').description('validate or print the configuration file');

  config
    .command('check')
    .description('validate the configuration; prints one line per problem, naming its path')
    .option('-c, --config <file>', 'configuration file', DEFAULT_CONFIG_FILE)
    .action(async (options: { config: string }) => {
      const loaded = await loadConfigFile(options.config);
      process.stdout.write(
        `${options.config}: valid (${loaded.segments.length} segments, ${loaded.tiers.length} tiers, ` +
          `${Object.values(loaded.sources).filter((source) => source.enabled).length} sources enabled)\n`,
      );
    });

  config
    .command('print')
    .description('print the configuration as JSON, with every default filled in')
    .option('-c, --config <file>', 'configuration file', DEFAULT_CONFIG_FILE)
    .action(async (options: { config: string }) => {
      process.stdout.write(`${jsonText(await loadConfigFile(options.config), 2)}\n`);
    });
};

export { registerConfigCommand };
