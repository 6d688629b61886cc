import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../shared/config/load.js';
import { createDetector } from '../../../../shared/scoring/detector.js';
import { ConfigError } from '../../../../shared/errors.js';
import { exampleConfig } from '../../../helpers/config.js';
import { survey } from '../scoring/example-detector.js';

/** The example configuration with its `detection` section extended. */
const withDetection = async (detection: Record<string, unknown>) => {
  const input = structuredClone(await exampleConfig()) as unknown as {
    detection: Record<string, unknown>;
  };
  input.detection = { ...input.detection, ...detection };
  return input;
};

const messageOf = (input: unknown): string => {
  try {
    parseConfig(input, 'advocacy.config.ts');
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('detection phrases and names', () => {
  it('reject a phrase that does not compile, in one line naming its path', async () => {
    // Prepare
    const input = await withDetection({ phrases: { churn_threat: ['move|going? to Acme'] } });
    // Act
    const message = messageOf(input);
    // Assess
    expect(message).toBe(
      'advocacy.config.ts: detection.phrases.churn_threat[0]: pattern "move|going? to Acme": ' +
        '"move|going?" is ambiguous: write (move|going)? to make the list optional',
    );
  });

  it('reject an alternative that repeats another', async () => {
    const message = messageOf(
      await withDetection({ phrases: { churn_threat: ['cancel|cancelling you'] } }),
    );
    expect(message).toContain('detection.phrases.churn_threat[0]');
    expect(message).toContain('"cancelling" repeats "cancel"');
  });

  it('reject a disabled rule id that names no built-in rule', async () => {
    const message = messageOf(await withDetection({ disabledPhrases: ['escalate|escalation'] }));
    expect(message).toBe(
      'advocacy.config.ts: detection.disabledPhrases[0]: "escalate|escalation" is not the id of a built-in rule (see advocacy rules list)',
    );
  });

  it('are reported with the problems of other sections, in one run', async () => {
    // Prepare: a bad SLA elsewhere, which fails the file as a whole, and an unknown rule id.
    const input = (await withDetection({ disabledPhrases: ['churn.no-such-rule'] })) as unknown as {
      tiers: { sla: object }[];
    };
    input.tiers[0]!.sla = { urgentMinutes: 0, nonUrgentBusinessMinutes: 480 };
    // Act
    const message = messageOf(input);
    // Assess
    expect(message).toContain('tiers[0].sla.urgentMinutes');
    expect(message).toContain('detection.disabledPhrases[0]');
  });

  it('reject a competitor name with no word in it', async () => {
    const message = messageOf(await withDetection({ competitors: ['~~'] }));
    expect(message).toContain('detection.competitors[0]');
  });

  it('match a competitor name as words, never as pattern syntax', async () => {
    // Prepare: "~2" would be a two-word gap if it reached the pattern unescaped.
    const config = parseConfig(await withDetection({ competitors: ['~2'] }));
    const detector = createDetector(config.detection);
    // Act
    const unrelated = detector.assess(survey('We are moving to the new office next week.'));
    const named = detector.assess(survey('We are moving to 2 when the contract ends.'));
    // Assess
    expect(unrelated.triggers.map((trigger) => trigger.category)).not.toContain('churn_threat');
    expect(named.triggers.map((trigger) => trigger.category)).toContain('churn_threat');
  });
});
