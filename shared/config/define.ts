import type { AdvocacyConfigInput } from './schema.js';

/**
 * Typed helper for `advocacy.config.ts`: returns its argument, so editors can check and complete
 * it. In a module of its own that imports only types: a configuration file bundled on its own
 * (as the command line loads it) then holds the settings alone, not a second copy of the schema,
 * the rules and zod.
 */
const defineConfig = (config: AdvocacyConfigInput): AdvocacyConfigInput => config;

export { defineConfig };
