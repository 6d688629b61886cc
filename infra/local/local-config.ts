import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdvocacyConfig } from '../../shared/config/schema.js';

/**
 * A configuration module for this run: the user's file with local values over it (alerts link
 * to the local console). Written to a fresh temporary folder, so the user's file is untouched;
 * the handlers read it through ADVOCACY_CONFIG like any configuration file.
 */
const writeLocalConfig = async (
  configFile: string,
  overrides: Partial<Pick<AdvocacyConfig, 'caseLinkBaseUrl'>>,
): Promise<string> => {
  const folder = await mkdtemp(join(tmpdir(), 'advocacy-local-config-'));
  const path = join(folder, 'advocacy.local.config.ts');
  await writeFile(
    path,
    `import base from ${JSON.stringify(pathToFileURL(configFile).href)};\n` +
      `export default { ...base, ...${JSON.stringify(overrides)} };\n`,
  );
  return path;
};

export { writeLocalConfig };
