import type { Command } from 'commander';
import type { TableTarget } from '../../shared/aws/client-options.js';

/** Where the commands that read or write the cases table point. */
type TableOptions = TableTarget;

// The local stack's DynamoDB Local and table (`<config name>-cases` with the example name).
const LOCAL_ENDPOINT = 'http://127.0.0.1:8000';
const LOCAL_TABLE = 'advocacy-cases';

/**
 * Adds `--table`, `--endpoint` and `--region`, defaulting to the environment and then to the
 * local stack, so the same command works against `npm start` and, with `--endpoint aws`, AWS.
 */
const withTableOptions = (command: Command): Command =>
  command
    .option('-t, --table <name>', 'cases table', process.env.ADVOCACY_TABLE_NAME ?? LOCAL_TABLE)
    .option(
      '-e, --endpoint <url>',
      'DynamoDB endpoint; "aws" for the real AWS endpoint of the region',
      process.env.ADVOCACY_AWS_ENDPOINT ?? LOCAL_ENDPOINT,
    )
    .option('-r, --region <region>', 'AWS region', process.env.AWS_REGION ?? 'us-east-1');

export { withTableOptions };
export type { TableOptions };
