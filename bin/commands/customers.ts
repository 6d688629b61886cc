import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { endpointOf } from '../../shared/aws/client-options.js';
import { withTableOptions, type TableOptions } from './table-options.js';

interface ImportOptions extends TableOptions {
  readonly config: string;
}

/** `advocacy customers import FILE.csv`: bulk-load the customer records segmentation reads. */
const registerCustomersCommand = (program: Command): void => {
  const customers = program.command('customers').description('manage customer records');

  withTableOptions(customers.command('import'))
    .description(
      'import customer records from a CSV with the columns id, account_id, name, email_domain, ' +
        'annual_revenue, products, time_zone, segment (one of id and account_id per row)',
    )
    .argument('<file>', 'CSV file with a header row')
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
      const endpoint = endpointOf(options);
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
