// The `advocacy` command line: `npm run --silent advocacy -- <command> --help`. bin/advocacy.js
// runs this file from a cached esbuild bundle. Each command lives in bin/commands/<name>.ts and
// loads its implementation only when run, so `--help` stays instant and `score` never loads the
// AWS SDK.
import { Command } from 'commander';
import { registerCasesCommand } from './commands/cases.js';
import { registerConfigCommand } from './commands/config.js';
import { registerCustomersCommand } from './commands/customers.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerNormalizeCommand } from './commands/normalize.js';
import { registerReplayDlqCommand } from './commands/replay-dlq.js';
import { registerReviewCommand } from './commands/review.js';
import { registerRulesCommand } from './commands/rules.js';
import { endQuietlyWhenReaderCloses, runCli } from './commands/run-cli.js';
import { registerScoreCommand } from './commands/score.js';

const program = new Command('advocacy')
  .description(
    'Customer Advocacy pipeline: score feedback, normalize webhooks, work cases, review.',
  )
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });

registerCasesCommand(program);
registerConfigCommand(program);
registerCustomersCommand(program);
registerMigrateCommand(program);
registerNormalizeCommand(program);
registerReplayDlqCommand(program);
registerReviewCommand(program);
registerRulesCommand(program);
registerScoreCommand(program);

// Once per process: tests run `runCli` itself many times, with their own stdout.
endQuietlyWhenReaderCloses(process.stdout);
await runCli(program, process.argv);
