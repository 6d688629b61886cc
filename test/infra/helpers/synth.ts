import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AdvocacyStack } from '../../../infra/advocacy-stack.js';
import type { AdvocacyConfig } from '../../../shared/config/schema.js';

/** Stand-in entry points: the real ones are only needed when bundling. */
const FIXTURE_FUNCTIONS_DIR = join(import.meta.dirname, '..', 'fixtures', 'functions');

interface CdkJson {
  readonly context: Readonly<Record<string, unknown>>;
}

/** The feature flags and context of cdk.json, so tests synthesize what `cdk deploy` would. */
const cdkContext = (): Record<string, unknown> => {
  const cdkJson = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'cdk.json'), 'utf8'),
  ) as CdkJson;
  return { ...cdkJson.context };
};

interface SynthOptions {
  readonly config: AdvocacyConfig;
  /** Bundle the real functions with esbuild (slow); otherwise stand-ins and no bundling. */
  readonly bundle?: boolean;
  /** Changes the stack before it is synthesized (e.g. to prove cdk-nag reports something). */
  readonly tamper?: (stack: AdvocacyStack) => void;
}

interface Synthesized {
  readonly stack: AdvocacyStack;
  readonly template: Template;
  /** The cloud assembly folder; removed by `cleanup`. */
  readonly outdir: string;
  readonly cleanup: () => void;
}

/** Synthesizes the stack into a temporary cloud assembly folder. */
const synthesize = (options: SynthOptions): Synthesized => {
  const outdir = mkdtempSync(join(tmpdir(), 'advocacy-cdk-'));
  const context = cdkContext();
  if (options.bundle !== true) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ outdir, context });
  const stack = new AdvocacyStack(app, 'advocacy-test', {
    config: options.config,
    ...(options.bundle === true ? {} : { functionsDir: FIXTURE_FUNCTIONS_DIR }),
  });
  options.tamper?.(stack);
  const template = Template.fromStack(stack);
  return {
    stack,
    template,
    outdir,
    cleanup: () => {
      rmSync(outdir, { recursive: true, force: true });
    },
  };
};

interface NagViolation {
  readonly rule: string;
  readonly path: string;
}

interface ValidationReport {
  readonly pluginReports: readonly {
    readonly violations: readonly {
      readonly ruleName: string;
      readonly violatingConstructs: readonly { readonly constructPath: string }[];
    }[];
  }[];
}

/**
 * Synthesizes with cdk-nag and returns every unacknowledged finding, read from the validation
 * report CDK writes into the cloud assembly (a failing validation also makes synth throw).
 */
const nagViolations = (options: Omit<SynthOptions, 'bundle'>): readonly NagViolation[] => {
  const outdir = mkdtempSync(join(tmpdir(), 'advocacy-nag-'));
  try {
    const context = cdkContext();
    context['aws:cdk:bundling-stacks'] = [];
    const app = new App({ outdir, context });
    const stack = new AdvocacyStack(app, 'advocacy-test', {
      config: options.config,
      functionsDir: FIXTURE_FUNCTIONS_DIR,
    });
    options.tamper?.(stack);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    try {
      app.synth();
    } catch (error) {
      // A failing validation throws after writing its report; anything else is a real failure.
      if (!(error instanceof Error) || error.name !== 'ValidationFailed') throw error;
    }
    const report = JSON.parse(
      readFileSync(join(outdir, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    return report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((violation) =>
        violation.violatingConstructs.map((construct) => ({
          rule: violation.ruleName,
          path: construct.constructPath,
        })),
      ),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};

export { cdkContext, FIXTURE_FUNCTIONS_DIR, nagViolations, synthesize };
export type { NagViolation, Synthesized, SynthOptions };
