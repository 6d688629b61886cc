import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { jsonText } from '../../shared/plain-text.js';
import { withTableOptions, type TableOptions } from './table-options.js';

interface CommonOptions extends TableOptions {
  readonly json?: boolean;
}

interface ActOptions extends CommonOptions {
  readonly actor: string;
  readonly expectedVersion?: string;
  readonly [field: string]: unknown;
}

// The store only needs retention to record signals, which these commands never do.
const UNUSED_RETENTION = { rawTextDays: 90, assessmentDays: 90 } as const;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const defaultActor = (): string => {
  try {
    return process.env.ADVOCACY_ACTOR ?? userInfo().username;
  } catch {
    return 'cli';
  }
};

const withCaseOptions = (command: Command): Command =>
  withTableOptions(command).option('--json', 'print JSON instead of a table');

const print = (options: CommonOptions, value: unknown, text: string): void => {
  process.stdout.write(options.json === true ? `${jsonText(value, 2)}\n` : text);
};

/** Splits `what|owner|due` (a corrective action) or `service|ends` (a trial). */
const fields = (text: string, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    text.split('|').map((part, index) => [names[index] ?? `extra${index}`, part.trim()]),
  );

/** The action bodies, exactly as the cases API takes them. */
const ACTIONS = {
  acknowledge: {
    description: 'engage: record the situation and the success criteria agreed with the customer',
    options: (command: Command) =>
      command
        .requiredOption('-s, --summary <text>', 'the situation in your words')
        .requiredOption('--criterion <text>', 'an agreed success criterion (repeat)', collect),
    body: (o: ActOptions) => ({ summary: o.summary, successCriteria: o.criterion }),
  },
  plan: {
    description: 'set or update the get-well plan',
    options: (command: Command) =>
      command
        .requiredOption('--action <what|owner|due>', 'a corrective action (repeat)', collect)
        .option('--trial <service|ends>', 'a mitigating service on trial, and its end date')
        .option('-n, --note <text>', 'a note for the timeline'),
    body: (o: ActOptions) => ({
      actions: (o.action as string[]).map((text) => fields(text, ['what', 'owner', 'due'])),
      ...(o.trial === undefined ? {} : { trial: fields(o.trial as string, ['service', 'ends']) }),
      ...(o.note === undefined ? {} : { note: o.note }),
    }),
  },
  resolve: {
    description: 'the issue is fixed and corrective action is in place',
    options: (command: Command) => command.requiredOption('-n, --note <text>', 'what was done'),
    body: (o: ActOptions) => ({ note: o.note }),
  },
  close: {
    description: 'close with the customer agreeing the criteria are met',
    options: (command: Command) =>
      command
        .option('--customer-agreed', 'the customer agreed (required to close)')
        .requiredOption('-n, --note <text>', 'how the customer agreed'),
    body: (o: ActOptions) => ({ customerAgreed: o.customerAgreed ?? false, note: o.note }),
  },
  disagree: {
    description: 'the customer does not agree it is resolved: back to the plan',
    options: (command: Command) =>
      command
        .requiredOption('--criterion <text>', 'a success criterion in doubt (repeat)', collect)
        .option('-n, --note <text>', 'a note for the timeline'),
    body: (o: ActOptions) => ({
      criteriaInDoubt: o.criterion,
      ...(o.note === undefined ? {} : { note: o.note }),
    }),
  },
  link: {
    description: 'link the case to an earlier case of the same customer',
    options: (command: Command) =>
      command
        .requiredOption('-p, --previous <caseId>', 'the earlier case')
        .option('-n, --note <text>', 'a note for the timeline'),
    body: (o: ActOptions) => ({
      previousCaseId: o.previous,
      ...(o.note === undefined ? {} : { note: o.note }),
    }),
  },
} as const;

const load = async () => {
  const [store, service, text, schemas] = await Promise.all([
    import('../../shared/casework/cli-store.js'),
    import('../../shared/casework/case-service.js'),
    import('../../shared/casework/case-text.js'),
    import('../../shared/casework/request-schemas.js'),
  ]);
  return { ...store, ...service, ...text, ...schemas };
};

/** `advocacy cases list|show|acknowledge|plan|resolve|close|disagree|link`: work a case. */
const registerCasesCommand = (program: Command): void => {
  const cases = program
    .command('cases')
    .description('work cases: list a queue, show a case, act on it (same rules as the cases API)');

  withCaseOptions(cases.command('list'))
    .description("list a tier's queue (oldest first) or a customer's cases")
    .option('--tier <name>', 'advocate tier')
    .option('--status <status>', 'open, engaged, plan, resolved or closed (default open)')
    .option('--urgent', 'only urgent cases')
    .option('--customer <who>', "a customer's cases by customer id, e-mail, account id or name")
    .option('--limit <n>', 'page size (max 100)', '25')
    .option('--cursor <cursor>', 'next page, as printed by the previous one')
    .action(async (o: CommonOptions & Record<string, string | boolean | undefined>) => {
      const m = await load();
      const query = m.parseListQuery({
        tier: o.tier as string | undefined,
        status: o.status as string | undefined,
        urgent: o.urgent === true ? 'true' : undefined,
        customer: o.customer as string | undefined,
        limit: o.limit as string | undefined,
        cursor: o.cursor as string | undefined,
      });
      const page = await m.withCaseStore(o, UNUSED_RETENTION, (store) =>
        m.createCaseService({ store, now: () => new Date() }).list(query),
      );
      print(o, page, m.renderQueue(page, new Date()));
    });

  withCaseOptions(cases.command('show'))
    .description('show a case with its evidence, plan and timeline')
    .argument('<caseId>')
    .action(async (caseId: string, o: CommonOptions) => {
      const m = await load();
      const view = await m.withCaseStore(o, UNUSED_RETENTION, (store) =>
        m.createCaseService({ store, now: () => new Date() }).show(m.parseCaseId(caseId)),
      );
      print(o, view, m.renderCase(view, new Date()));
    });

  for (const [action, spec] of Object.entries(ACTIONS)) {
    const command = withCaseOptions(cases.command(action))
      .description(spec.description)
      .argument('<caseId>')
      .option(
        '-a, --actor <name>',
        'who acts (default: ADVOCACY_ACTOR or your user name)',
        defaultActor(),
      )
      .option('--expected-version <n>', 'fail with a conflict if the case changed since version n');
    spec.options(command).action(async (caseId: string, o: ActOptions) => {
      const m = await load();
      const body = { actor: o.actor, ...spec.body(o) };
      const expectedVersion = m.expectedVersionOf(
        undefined,
        o.expectedVersion === undefined ? undefined : Number(o.expectedVersion),
      );
      const view = await m.withCaseStore(o, UNUSED_RETENTION, (store) =>
        m.createCaseService({ store, now: () => new Date() }).act({
          caseId: m.parseCaseId(caseId),
          action: action as keyof typeof ACTIONS,
          body,
          expectedVersion,
        }),
      );
      print(o, view, m.renderCase(view, new Date()));
    });
  }
};

export { registerCasesCommand };
