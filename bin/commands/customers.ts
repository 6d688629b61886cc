import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';

interface ImportOptions {
  readonly table: string;
  readonly endpoint: string;
  readonly region: string;
  readonly config: string;
}

// The local stack's DynamoDB Local and table (`<config name>-cases` with the example name).
const LOCAL_ENDPOINT = 'http://127.0.0.1:8000';
const LOCAL_TABLE = 'advocacy-cases';

/** `advocacy customers import FILE.csv`: bulk-load the customer records segmentation reads. */
const registerCustomersCommand = (program: Command): void => {
  const customers = program.command('customers').description('manage customer records');

  customers
    .command('import')
    .description(
      'import customer records from a CSV with the columns id, account_id, name, email_domain, ' +
        'annual_revenue, products, time_zone, segment (one of id and account_id per row)',
    )
    .argument('<file>', 'CSV file with a header row')
    .option('-t, --table <name>', 'cases table', process.env.ADVOCACY_TABLE_NAME ?? LOCAL_TABLE)
    .option(
      '-e, --endpoint <url>',
      'DynamoDB endpoint; "aws" for the real AWS endpoint of the region',
      process.env.ADVOCACY_AWS_ENDPOINT ?? LOCAL_ENDPOINT,
    )
    .option('-r, --region <region>', 'AWS region', process.env.AWS_REGION ?? 'us-east-1')
    .option('-c, --config <file>', 'configuration file (segment names)', DEFAULT_CONFIG_FILE)
    .action(async (file: string, options: ImportOptions) => {
      const [
        { readFile },
        { loadConfigFile },
        { parseCustomerCsv },
        { createDynamoDocumentClient },
      ] = await Promise.all([
        import('node:fs/promises'),
        import('../../shared/config/load.js'),
        import('../../shared/cases/customer-csv.js'),
        import('../../shared/aws/dynamodb.js'),
      ]);
      const { DynamoCustomerStore } = await import('../../shared/cases/dynamo-customer-store.js');
      const { ValidationError } = await import('../../shared/errors.js');
      const config = await loadConfigFile(options.config);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new ValidationError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const records = parseCustomerCsv(
        text,
        config.segments.map((segment) => segment.name),
      );
      const endpoint = options.endpoint === 'aws' ? undefined : options.endpoint;
      const client = createDynamoDocumentClient({ region: options.region, endpoint });
      try {
        const store = new DynamoCustomerStore({ client, tableName: options.table });
        const written = await store.putCustomers(records);
        process.stdout.write(
          `imported ${written} customers into ${options.table} (${endpoint ?? `AWS ${options.region}`})\n`,
        );
      } finally {
        client.destroy();
      }
    });
};

export { registerCustomersCommand };
