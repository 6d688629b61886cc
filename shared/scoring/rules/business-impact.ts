import { rules } from './rule.js';

const SYSTEM =
  'system|systems|site|website|store|shop|platform|server|servers|network|portal|api|product|' +
  'tills|terminals|pos|checkout|scanners|software|crm|erp|everything|operations|production|' +
  'pms|emr|ehr|mes|wms|tms|epos|pbx|vpn|telephony|' +
  'warehouse|office|business|payments|service|app|dashboard|integration|gateway|email|phones';

const WORK =
  'operate|trade|trading|function|serve|fulfil|fulfill|dispatch|ship|work|open|run|scan|pick|pack|' +
  'deliver|load|treat|see|dispense';

const BUSINESS_OBJECT =
  'payments|payment|orders|bookings|patients|customers|clients|cards|card|sales|appointments|' +
  'deliveries|shipments|guests|calls|transactions|invoices|prescriptions|tickets|job|jobs|business|' +
  'parcels|packages|stock|goods|items|trucks|lorries|' +
  'anything|anyone|employees|staff|wages|payroll|salaries|suppliers';

const STAFF =
  'staff|employees|team|agents|workers|engineers|drivers|people|operators|nurses|doctors|' +
  'cashiers|colleagues|users|everyone|reps|crew|office|department|clinic|warehouse';

// The customer's own planned downtime, or trouble they say is not ours, is not our impact.
const NOT_OURS = [
  '=planned|=scheduled|maintenance|=own|fault',
  'nothing to do',
  'not your',
  "=will|=going|we'll ~2 be down|offline|unavailable|closed",
  "you've|you|you're|=youve ~1 lost|losing",
  'lose|=losing us|me',
];

const BUSINESS_SYSTEM =
  'system|systems|site|website|store|shop|platform|server|servers|portal|api|tills|terminals|' +
  'pos|checkout|scanners|software|crm|erp|integration|gateway|dashboard|booking|network';

/** Cannot operate, down, stopped, losing revenue, cannot serve customers, staff idle; now or past. */
const BUSINESS_IMPACT_RULES = rules(
  'business_impact',
  [
    `can't|=cant|couldn't|=couldnt|unable|=cannot ~3 ${WORK}|conduct|do|take|process|accept|book|pay|serve|invoice|bill|load|check|admit|seat|board ~4 ${BUSINESS_OBJECT}`,
    `can't|=cant|couldn't|=couldnt|unable|=cannot ~2 get|send|issue ~1 any? of? our|the ${BUSINESS_OBJECT} ~2 out|through|processed|shipped|sent`,
    `haven't|hasn't|=not|weren't|wasn't|=never been? =able to? ~3 take|process|accept|book|pay|serve|invoice|bill|do|load ~4 ${BUSINESS_OBJECT}`,
    `can't|couldn't|unable|=cannot|haven't|hasn't|=not|weren't|wasn't ~2 been? =able? to? ${WORK}`,
    `our|my|your|whole|entire ~2 ${SYSTEM}|tracking|telematics|tracker ~4 down|offline|unavailable|unreachable|inaccessible|=dead|frozen|=halted|dark`,
    `${BUSINESS_SYSTEM} ~3 isn't|aren't|=not|won't|=stopped|keeps|=keep ~1 loading|working|responding|connecting|opening|syncing|printing|crashing|failing`,
    `our|my ~3 ${STAFF} ~2 can't|couldn't|unable|=cannot ~1 work|access|scan|log|get|=use|=using|open|do|serve|see|load|print|ship|take|process`,
    'nobody|none ~5 can|could|=able ~2 log|access|work|=use|=using|open|submit|process|scan|serve|dispatch|ship|print|pick|pack|load|book|sell|trade|take|get|see|receive|find',
    'nothing|=no ~2 orders|parcels|deliveries? =is|are|=going|=getting ~1 shipping|shipped|moving|=out|dispatched|delivered',
    'card machines|machine|terminals|terminal|tills|readers|pos|checkout ~3 declining|rejecting|failing|=declined',
    'queue|queues|line ~1 out the door',
    'queue|queues|line ~1 round|around the block|corner',
    `won't|=wont|doesn't|=isn't|=aren't ~1 let|letting|allow|allowing us|staff ~2 ${WORK}|take|process|access|log|book|sell|print`,
    "we're|we've|=we|it's|=everything ~3 down|offline",
    '=it|=everything =is|=has ~2 down|offline',
    'dead in the water',
    'ground|grinding|=came to a halt|standstill',
    'standstill',
    'production|operations|line|factory|plant|warehouse|site ~4 stopped|halted|stalled|=stop|paused|=shut',
    'stopped|halted|=halt|stalled|shut ~2 production|operations|trading',
    'losing|lost|lose|=costing|=cost|haemorrhaging|hemorrhaging|bleeding ~3 sales|revenue|money|trade|=bookings|income|clients|=customers|=patients|custom|business|deals|fortune|thousands',
    // "cost us a week of orders": a whole stretch of trade lost, not one parcel.
    '=cost|=costing us|me ~3 orders|production|trading|sales|revenue|business',
    'missing|missed|miss ~3 service|deadline|deadlines|cut|cutoff|payroll|shipments|collection|sailing',
    'none of our|my? orders|payments|bookings|calls|sales|deliveries ~3 coming|going|getting|arriving|working|through',
    "isn't|aren't|=not|haven't|=no|can't ~2 receiving|getting|=received|taking ~2 any? orders|bookings|payments|calls|sales",
    'declining|=declined|=rejecting|=failing ~2 every|all|any ~1 card|cards|payment|payments|transaction|transactions',
    'every|all ~1 checkout|checkouts|transaction|transactions|order|orders|payment|payments ~4 fails|failing|fail|declined|bouncing',
    'payroll ~3 fail|failing|failure|failed|late|error|broken|stuck|=down',
    "payroll ~2 didn't|hasn't|=not|won't|=failed|=never ~1 run|=ran|go|=gone|process|=processed|through",
    '<n1> staff|employees|people|workers|drivers|nurses ~2 went|were|are|=left|been ~1 unpaid',
    'flooded|inundated|swamped|overwhelmed ~2 with ~2 complaints|calls|angry|refund',
    `our|my ~3 ${STAFF} ~3 paid late`,
    `our|my ~3 ${STAFF} ~3 unpaid|=idle|twiddling`,
    `our|my ~3 ${STAFF} ~3 sent home`,
    `our|my ~3 ${STAFF} ~3 locked out`,
    '=paid late|=unpaid ~2 staff|employees|wages|salaries',
    "=haven't|=hasn't|=weren't|=not been paid",
    'customers|clients|patients|guests|passengers|shoppers ~3 walking|walked|leaving|=turned|stranded|get|getting ~1 nothing|away|out',
    'trucks|lorries|vans|drivers|stock|pallets|goods|shipment|shipments|produce ~5 sitting|stuck|waiting|queued|queuing|queueing|backed|ruined|spoil|=spoiled|=spoilt|perish|rot|wasted',
    'sitting|=sat|standing ~1 idle|around',
    'no|=lost access ~1 to ~3 prescriptions|records|crm|erp|orders|stock|inventory|tills|systems|platform|rota|schedules|routes',
    'customers|clients|patients|guests|passengers|shoppers|diners ~3 waiting|queuing|queueing|stuck at|in ~1 the? counter|till|tills|desk|door|checkout|reception|queue|lobby',
    'clinics|shops|stores|flights|vans|trucks|rooms|tables|restaurant|clinic|shop|store ~2 running|=sat|=sitting|=going|=left half? empty',
    '=dozens|=hundreds|<n3> ~2 of? =no ~1 shows',
    `whole|entire|all ~2 ${STAFF} ~3 =idle|twiddling|sat|sitting|standing|stood|=stuck`,
    "customers|clients|patients|guests|shoppers|passengers|users ~3 can't|=cannot|unable|couldn't ~2 check|pay|order|book|buy|log|get|reach|access",
    'locked out ~3 crm|erp|system|systems|platform|software|tools|tills|warehouse|portal|dashboard',
    "can't ~2 do my|our job|jobs|work",
  ],
  { unless: NOT_OURS },
);

// "Staff can't clock in" without "our": the customer's own staff, unless they are yours.
const BARE_STAFF_RULES = rules(
  'business_impact',
  [
    "staff|employees|workers|nurses|drivers|cashiers|operators|doctors|pickers ~2 can't|couldn't|unable|=cannot ~1 clock|log|work|scan|serve|ship|print|dispatch",
  ],
  {
    unless: [
      ...NOT_OURS,
      'your|=ur|their ~2 staff|employees|workers|nurses|drivers|cashiers|operators|doctors',
    ],
  },
);

export { BARE_STAFF_RULES, BUSINESS_IMPACT_RULES };
