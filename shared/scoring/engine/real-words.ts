/**
 * Real English words within typo distance of a detector keyword ("direct" of "director",
 * "though" of "through", "compliant" of "complaint", "playing" of "paying"). They keep their own
 * meaning instead of being read as typos. The list is exactly the words of natural's English POS
 * lexicon that the built-in rules' keywords would otherwise capture, less the misspellings that
 * lexicon also holds ("avaliable", "talkin") and the adverbs and nouns that mean the keyword
 * ("previously" is read as "previous", "predators" as "predatory"); a unit test
 * (real-words.test.ts) finds them all and names any word a new keyword captures, to be listed
 * here or there.
 */
const REAL_WORDS: ReadonlySet<string> = new Set(
  (
    'absentia accordingly accordion activist advisedly advisories advisory aground allergies ' +
    'amateurish artistas artistry asserts assignee assuredly auction auctions backbend backyards ' +
    'billowing blacked blinding boarder booing bounding brooked buoying burying calloused ' +
    'carries carvers centrex certainty chancel chancery chatte chattered choicest choosier ' +
    'cities citizenry closest clothiers college colleges combing commerce complaisant compliant ' +
    'complied comprised conductor connector conservation conspired constituents constraint ' +
    'consul consulate consumerism contained containing contiguous continuo contrast coroner ' +
    'corpocrat costuming councilor counselor countess countian coupler couplers couplets ' +
    'courtier courtiers crackled creased deadliest deadliness decidedly decisional decreased ' +
    'defector deflect delegate deliverers delver departmental deplete deployable depositor ' +
    'depositors despots destroyer deviance directory discoverer discovery disperse ' +
    'distinct divers divisional divorcee downsize downsized driers employ employed employs ' +
    'entity eventfully except exploding factor faculty filleted filming flighty foiling freezer ' +
    'freezers freighter garage garish genera gentlemanly getaway gorges governmental grocer ' +
    'grocers grounder groundup halving hander handlebars handless heaving hideouts hopping ' +
    'humility husbandry identify inactivate individualist initiatve instigate instigation ' +
    'instructor insulate insulated interaction interfered interment intern interne interned ' +
    'internment intersect interviewee inventor inventors launcher layers licensee licensees ' +
    'lightning listened littlest livability livable longterm machinery marking masking mediation ' +
    'meting minuet minutiae momentum monthsit movingly multiplied multiplies multiply needled ' +
    'negate neighborly nether nighters notching operas organizational overridden overrode ' +
    'oversees panned panning parentis patents payoffif persona personae petered phonemes phonies ' +
    'picketers placated planed playing playoff plopped polities poring portable portering ' +
    'prescient preset prevalent priciest pricked pricking princes probes ' +
    'processor professing projector properly propped propriety prosper prying pursuer pursuers ' +
    'quarterly raging raisin reacting recover recovers referee referees refocusing relating ' +
    'relations relies repealed repealing reregulation resold resounding retaking retrain ' +
    'retraining reused reusing reverted rightist rising routines sanding scratchy ' +
    'secondly seekingly selves severalty shaking shaving shavings shearing shifters shingle ' +
    'shoulder signaled signaling simplify singed singing sipped sipping slight snorted socking ' +
    'solicit sopping speciality specials specialties spitting spokeman sported stared staring ' +
    'statue steaming stewards straighten straighter strait straying stropped stropping summonses ' +
    'supervisory supper suppers supple supplied supplies swerved tablets tacking ' +
    'tellingly textured thicket thickets though thousandths tracing tracings transferee ' +
    'transferor transferors translation translations treading tribal trough truckers tuning ' +
    'unlock unpaired untried vacationer variously waking waning weighting weightings withdrawn ' +
    'writhing'
  ).split(' '),
);

export { REAL_WORDS };
