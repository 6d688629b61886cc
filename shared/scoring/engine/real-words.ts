/**
 * Real English words within typo distance of a detector keyword ("direct" of "director",
 * "though" of "through", "compliant" of "complaint"): found by running the fuzzy stemmer over
 * natural's English POS lexicon. They keep their own meaning instead of being read as typos.
 */
const REAL_WORDS: ReadonlySet<string> = new Set(
  (
    'advisedly advisories advisory aground airlie auction backbend backyards blacked boarder ' +
    'booing bordner bounding broder brookings campion carrie carries cashing chancel chancery ' +
    'chargers chargeurs chattered colleges combing complaisant compliant complied computing ' +
    'conductor connector conservation conspired consul consulate containing continuingly contra ' +
    'contractor contractors contradict contradicts contras contrast coroner counselor countess ' +
    'countian county coupler couplers couplets courtier courtiers courtis creditor custer ' +
    'deadliest deadliness decidedly decreased defector deflect deliverers delver departmental ' +
    'deployable dinners direct directory disperse divers driers drives employers employs endlessly ' +
    'entirety except exploding factor fights filing flighty garage genera generale generales ' +
    'generali getaway grounder groundup halsted halving handel handler handlers handless handley ' +
    'heaving instructor insulate insulated insulating interaction interned inventor inventors ' +
    'layers licensee licensees lockheed longterm machinery mediation meting minuet minutiae ' +
    'momentum movingly multiplied multiplies multiply needled notching noting officine oversees ' +
    'panning patents pearson persona personae pharma phonemes phonies pierson portable portugal ' +
    'prescient preset president proceed processor quarterly raisin regular regulars relating ' +
    'relies remaking reportedly resold resounding retainer revere rightist rising routines sanding ' +
    'scratchy secondly severalty shavings shingle shoppe shoppes shorted shoulder sipped sipping ' +
    'snorted socking solicit solicitous solicits sopping spitting sported straying stropped ' +
    'supervisory supper suppers supple supplied supplies tablets tacking talkin telephone thicket ' +
    'thickets though thousandths transferee transferor transferors translation translations ' +
    'transmation treading tribal trough truckers unpaired waking waning weighting weightings ' +
    'whosever witten writhing'
  ).split(' '),
);

export { REAL_WORDS };
