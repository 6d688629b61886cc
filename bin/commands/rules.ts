import type { Command } from 'commander';

/** `advocacy rules list`: the built-in rules, the ids `detection.disabledPhrases` takes. */
const registerRulesCommand = (program: Command): void => {
  const rules = program.command('rules').description("list the detector's built-in rules");
  rules
    .command('list')
    .description('print each built-in rule: id, what it finds, and its pattern')
    .option('--signal <signal>', 'only the rules of this trigger category or cue')
    .action(async (options: { signal?: string }) => {
      const { BUILT_IN_RULES } = await import('../../shared/scoring/rules/index.js');
      for (const rule of BUILT_IN_RULES) {
        if (options.signal !== undefined && rule.signal !== options.signal) continue;
        process.stdout.write(`${rule.id}\t${rule.signal}\t${rule.pattern}\n`);
      }
    });
};

export { registerRulesCommand };
