import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { jsonText } from '../../shared/plain-text.js';

interface NormalizeOptions {
  source: string;
  input?: string;
  key?: string;
  attributes?: string;
  receivedAt?: string;
  config: string;
}

const readStdin = async (): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
};

/**
 * `advocacy normalize --source NAME [--input FILE]`: prints the Signal a raw webhook body (or a
 * Contact Lens analysis file) becomes, without signature checks. SurveyMonkey and Qualtrics
 * fetch the response with the API token from ADVOCACY_SECRET_<SOURCE>.
 */
const registerNormalizeCommand = (program: Command): void => {
  program
    .command('normalize')
    .description('print the Signal a raw webhook body becomes (no signature checks)')
    .requiredOption(
      '-s, --source <name>',
      'source: typeform, delighted, zendesk, intercom, surveymonkey, qualtrics, generic, contactlens',
    )
    .option('-i, --input <file>', 'raw body file (default: standard input)')
    .option('-k, --key <s3key>', 'contactlens: the S3 key of the analysis file (names the contact)')
    .option(
      '-a, --attributes <json>',
      'contactlens: the contact attributes, e.g. \'{"customerId":"cus_1"}\'',
    )
    .option('--received-at <iso>', 'receive time to record (default: now)')
    .option('-c, --config <file>', 'configuration file', DEFAULT_CONFIG_FILE)
    .action(async (options: NormalizeOptions) => {
      const [
        { loadConfigFile },
        { normalizeInput },
        { createFetchPlatformApi },
        { EnvSecretProvider },
        { localSecretVariable },
        { ValidationError },
      ] = await Promise.all([
        import('../../shared/config/load.js'),
        import('../../shared/sources/normalize-input.js'),
        import('../../shared/sources/platform-api.js'),
        import('../../shared/sources/source-secret.js'),
        import('../../shared/config/env.js'),
        import('../../shared/errors.js'),
      ]);
      const config = await loadConfigFile(options.config);
      const receivedAt = new Date(options.receivedAt ?? Date.now());
      if (Number.isNaN(receivedAt.getTime()))
        throw new ValidationError('--received-at is not a time', [
          { path: 'receivedAt', message: 'expected ISO-8601' },
        ]);
      const body = options.input === undefined ? await readStdin() : await readFile(options.input);
      try {
        const result = await normalizeInput(
          {
            source: options.source,
            body,
            receivedAt,
            key: options.key,
            attributes: options.attributes,
          },
          {
            sources: config.sources,
            api: createFetchPlatformApi({ timeoutMs: config.ingest.apiTimeoutMs }),
            secrets: new EnvSecretProvider(process.env, localSecretVariable),
          },
        );
        const output = result.outcome === 'signal' ? result.signal : { ignored: result.reason };
        process.stdout.write(`${jsonText(output, 2)}\n`);
      } catch (error) {
        // One line per bad field, so the reason is visible on stderr (run-cli prints the message).
        if (error instanceof ValidationError && error.issues.length > 0)
          throw new ValidationError(
            [
              error.message,
              ...error.issues.map((issue) => `  ${issue.path}: ${issue.message}`),
            ].join('\n'),
            error.issues,
          );
        throw error;
      }
    });
};

export { registerNormalizeCommand };
