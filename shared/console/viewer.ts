import type { AdvocacyCase } from '../cases/model.js';

/** The group that sees every tier (the head of customer success and the review). */
const MANAGEMENT_GROUP = 'management';

/** Who is signed in: a name for the timeline and the groups (tiers, or management) they serve. */
interface Viewer {
  readonly name: string;
  readonly groups: readonly string[];
}

const seesAll = (viewer: Viewer): boolean => viewer.groups.includes(MANAGEMENT_GROUP);

/** The tiers whose queues a viewer works, in the configuration's order. */
const tiersOf = (viewer: Viewer, tierNames: readonly string[]): string[] =>
  seesAll(viewer) ? [...tierNames] : tierNames.filter((tier) => viewer.groups.includes(tier));

/**
 * A case is visible to its tier, to the tier it is escalated to, and to management; and, where
 * the caller knows them (the case page reads the timeline), to the tiers it was escalated to
 * before: their alerts link to it, and a second escalation must not turn that link into a 404.
 */
const canSee = (
  viewer: Viewer,
  item: Pick<AdvocacyCase, 'tier' | 'escalatedTo'>,
  formerHolders: readonly string[] = [],
): boolean =>
  seesAll(viewer) ||
  [item.tier, item.escalatedTo, ...formerHolders].some(
    (tier) => tier !== undefined && viewer.groups.includes(tier),
  );

/**
 * The viewer from the JWT claims API Gateway's authorizer passed on (Cognito puts groups in
 * `cognito:groups`, as an array or, in some integrations, a bracketed string). Only an access
 * token names a viewer, by its user name: an ID token's `email` is an attribute its user may
 * change, and with it they could act on the timeline as a colleague.
 */
const viewerFromClaims = (claims: Readonly<Record<string, unknown>>): Viewer | undefined => {
  if (claims.token_use !== undefined && claims.token_use !== 'access') return undefined;
  const name = [claims.username, claims.sub].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  if (name === undefined) return undefined;
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw)
    ? raw.filter((group): group is string => typeof group === 'string')
    : typeof raw === 'string'
      ? raw
          .replace(/^\[|\]$/g, '')
          .split(/[\s,]+/)
          .filter((group) => group !== '')
      : [];
  return { name, groups };
};

export { canSee, MANAGEMENT_GROUP, seesAll, tiersOf, viewerFromClaims };
export type { Viewer };
