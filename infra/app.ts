import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfigFile, DEFAULT_CONFIG_FILE } from '../shared/config/load.js';
import { AdvocacyError } from '../shared/errors.js';
import { AdvocacyStack } from './advocacy-stack.js';
import { bundleSizes, formatBundleSizes, formatConsoleAssetSizes } from './bundle-report.js';

// The CDK app: `npx cdk deploy` (or `npm run synth`) with `-c config=<file>` to use another
// configuration than advocacy.config.ts. The stack is environment-agnostic (no env), so synth
// needs no credentials and looks nothing up.
const app = new App();
const configContext: unknown = app.node.tryGetContext('config');
const configFile = typeof configContext === 'string' ? configContext : DEFAULT_CONFIG_FILE;

try {
  const config = await loadConfigFile(configFile);
  const stackName: unknown = app.node.tryGetContext('stackName');
  const stack = new AdvocacyStack(
    app,
    typeof stackName === 'string' ? stackName : `${config.name}-pipeline`,
    {
      config,
      description: `${config.name}: Customer Advocacy pipeline (webhooks -> cases -> alerts)`,
    },
  );
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  const sizes = bundleSizes(stack.functions);
  // stderr: stdout belongs to the CLI (templates); this shows in `npm run synth` and `cdk deploy`.
  if (sizes.length > 0) console.error(formatBundleSizes(sizes));
  console.error(formatConsoleAssetSizes(stack.consoleSite.assets));
} catch (error) {
  if (!(error instanceof AdvocacyError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
