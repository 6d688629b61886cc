/**
 * The Lambda entry points: each is `functions/<name>/index.ts` exporting `handler`. The CDK stack
 * bundles them and the local stack imports them; both read the list from here.
 */
const FUNCTION_NAMES = [
  'ingest',
  'contactlens',
  'detect',
  'notify',
  'cases',
  'escalate',
  'review',
  'console',
] as const;

type FunctionName = (typeof FUNCTION_NAMES)[number];

export { FUNCTION_NAMES };
export type { FunctionName };
