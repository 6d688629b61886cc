import { family } from './rule.js';

const SYSTEM =
  'system|site|website|store|shop|platform|server|network|portal|api|product|' +
  'tills|terminals|pos|checkout|scanners|software|crm|erp|everything|operations|' +
  'pms|emr|ehr|mes|wms|tms|epos|pbx|vpn|telephony|' +
  'warehouse|office|business|payments|service|app|dashboard|integration|gateway|email|phones';

const WORK =
  'operate|trade|function|serve|fulfil|dispatch|ship|work|open|run|scan|pick|pack|' +
  'deliver|load|treat|see|dispense';

// The company refusing ("they could not accept my payment") is not the customer unable to trade.
const COMPANY_SUBJECT =
  'they|he|she|company|office|bank|agency|lender|collector|servicer|creditor|representative|rep|agent';

// A garment cut button down, straight down, sized down, dressed down or sheer from there down
// is no outage.
const GARMENT_DOWN = 'button|size|straight|zip|sheer|dress|through';

// What "we can't ..." means on its own, without an object: "can't see" or "can't open" need one.
const BARE_WORK =
  'operate|trade|function|serve|fulfil|dispatch|ship|work|dispense|bill|invoice|reconcile|dose';

const BUSINESS_OBJECT =
  'payments|orders|bookings|patients|customers|clients|cards|sales|appointments|' +
  'deliveries|shipments|guests|calls|transactions|invoices|prescriptions|tickets|job|business|' +
  'parcels|packages|stock|goods|items|trucks|lorries|' +
  'employees|staff|wages|payroll|salaries|suppliers';

const STAFF =
  'staff|employees|team|agents|workers|engineers|drivers|people|operators|nurses|doctors|' +
  'cashiers|colleagues|users|everyone|reps|crew|office|department|clinic|warehouse|lads|carers|' +
  'depots|sites|branches|stores|shops|restaurants|students|pupils';

// The people a business serves, whom it turns away or who cannot pay it.
const SERVED =
  'customers|clients|patients|guests|people|diners|shoppers|callers|visitors|families|' +
  'children|kids|members|tenants|residents|parents|donors';

// Planned downtime, or trouble the customer says is not ours, is not our impact.
const NOT_OUR_DOING = [
  '=planned|=scheduled|maintenance|fault',
  'nothing to do',
  'not your',
  "=will|=going|we'll ~2 be down|offline|unavailable|closed",
  "you've|you|you're ~1 lost|losing",
  'lose us|me',
];

// A business's "own" outage is its own ("our own router").
const NOT_OURS = [...NOT_OUR_DOING, '=own'];

// A consumer's "own" is mostly property ("everything I own", "my own account"); only their own
// doing, mistake or choice is theirs.
const NOT_OURS_CONSUMER = [...NOT_OUR_DOING, '=own doing|mistake|choice'];

// A journey: food money on a delayed flight is a spoiled trip, which the labels do not count.
const TRIP = 'airport|flight|voucher|layover|airline';

const BUSINESS_SYSTEM =
  'system|site|website|store|shop|platform|server|portal|api|tills|terminals|' +
  'pos|checkout|scanners|software|crm|erp|integration|gateway|dashboard|booking|network';

/** Cannot operate, down, stopped, losing revenue, cannot serve customers, staff idle; now or past. */
const BUSINESS_IMPACT_RULES = family(
  'business_impact',
  { unless: NOT_OURS, unlessScope: 'sentence' },
  [
    {
      id: 'impact.cant-operate-payments',
      pattern: `can't|couldn't|unable ~3 ${WORK}|conduct|take|process|accept|book|pay|invoice|bill|check|admit|seat|board ~4 ${BUSINESS_OBJECT}`,
      negation: 'in-pattern',
      // Paying off one's own card, or picking up the phone to call, is no trade stopped.
      unless: [COMPANY_SUBJECT, '=pay|=paying off', '=pick up'],
      match: ['Reception cannot check any guests in.'],
      noMatch: [
        "We can't take card payments next Tuesday because of our planned maintenance.",
        'Their representative was unable to take my payment over the phone.',
        "As a result, I still couldn't pay off my credit card fee.",
      ],
    },
    {
      id: 'impact.cant-get-any',
      pattern: `can't|couldn't|unable ~2 get|send|issue ~1 any? of? our|the ${BUSINESS_OBJECT} ~2 out|through|processed|shipped|sent`,
      negation: 'in-pattern',
      match: ["We can't send any of our invoices out."],
      noMatch: [
        "Can't get any of our orders out this week, nothing to do with you, the courier's on strike.",
      ],
    },
    {
      id: 'impact.havent-been-able',
      pattern: `haven't|hasn't|=not|weren't|wasn't|=never been? =able to? ~3 take|process|accept|book|pay|serve|invoice|bill|do|load ~4 ${BUSINESS_OBJECT}`,
      negation: 'in-pattern',
      match: ["We haven't been able to take a booking all weekend."],
      noMatch: ["We haven't been able to take bookings since the storm, not your fault at all."],
    },
    {
      id: 'impact.cant-work',
      pattern: `can't|couldn't|unable ~1 to? ${BARE_WORK}`,
      negation: 'in-pattern',
      // Work the customer's own health stops is their circumstance, not what we did; a dress
      // that "can't work on me" does not fit.
      unless: [
        'injury|pain|sick|illness|disability|health|medical|surgery|capacity',
        '=on|=for =me',
        // Not being able to "work with" someone is refusing to deal with them ("the lender couldn't
        // work with my bank"), not work stopped.
        "can't|couldn't|unable ~1 to? =work with",
      ],
      match: ['We have been unable to trade since the update.', 'i cant work without the vpn'],
      noMatch: [
        "I love the color, but it just can't work on me.",
        "The fix didn't work.",
        "I can't see my statement online.",
        'After a work injury I was unable to work to my full capacity.',
        "The gym said it couldn't work with my card issuer, so the refund failed.",
      ],
    },
    {
      // A home worker whose connection, power or device fails cannot do their job: "we could not
      // stream, use the landline or work from home". The negator may open a list of what failed,
      // so it reaches further than in impact.cant-work.
      id: 'impact.cant-work-from-home',
      pattern: "can't|couldn't|unable|=not ~8 work from home",
      negation: 'in-pattern',
      // Not wanting, or not being allowed, to work from home is a job's rules, not an outage.
      // Nor is the praise of a connection it "could not work from home without".
      unless: ['want|wish|allow|let|permit|=required', '=without ~1 it|them|you|this'],
      match: [
        'Since the router died I cannot take calls or work from home.',
        'For two weeks we could not stream, use the landline or work from home.',
        'The power company cut us off by mistake, so I could not charge my laptop or work from home.',
        'My new laptop arrived with a dead screen and I am unable to work from home until it is replaced.',
      ],
      noMatch: [
        'My manager does not let me work from home on Fridays.',
        'I love the fibre, I could not work from home without it.',
      ],
    },
    {
      id: 'impact.not-been-able-to-work',
      pattern: `haven't|hasn't|weren't|wasn't|=never|=not been =able to ${BARE_WORK}`,
      negation: 'in-pattern',
      match: ["We haven't been able to operate since Monday."],
      noMatch: ["It hasn't worked since the update, but that's only the printer."],
    },
    {
      id: 'impact.our-system-down',
      pattern: `our|my|your|whole|entire ~2 ${SYSTEM}|tracking|telematics|tracker ~4 down|offline|unavailable|unreachable|inaccessible|=dead|frozen|=halted|dark`,
      // "my payments brought the balance down" is arithmetic; a count that "could go down" is
      // speculation; a business that went down and left the customer unable to afford a loan is
      // the hardship behind the debt.
      unless: 'balance|price|amount|score|rate|brought|paid|shuts|could|might|afford',
      match: ['Our online shop is down.'],
      noMatch: [
        "Our site isn't down, it was my browser.",
        'They said this could cause my credited months to go down.',
        'When my business went down I could not afford the loan.',
      ],
    },
    {
      id: 'impact.system-isnt-loading',
      pattern: `${BUSINESS_SYSTEM} ~3 isn't|aren't|=not|won't|=stopped|keeps ~1 loading|working|responding|connecting|opening|syncing|printing|crashing|failing`,
      negation: 'in-pattern',
      // A passenger's seat-back entertainment or a home's solar panels are no business system:
      // the customer's business is named in the sentence, or the words are not about one.
      // A "faulty system that does not work" is a product the customer pays for, not their trade.
      unless:
        'entertainment|seat|solar|security|alarm|sound|heating|loan|financing|faulty|defective',
      requires:
        'our|we|staff|employees|customers|orders|business|sales|store|shop|patients|clients|bookings|team|office',
      match: ["Hi, the booking system isn't loading for any of my staff."],
      noMatch: [
        'Our online shop is down.',
        "Our booking system won't be working Sunday due to scheduled maintenance.",
        'The entertainment system was not working on my seat.',
        'Currently my solar system does not work.',
        'Online check-in was a nightmare, the website is not loading properly.',
        'We should not have to keep paying for a faulty system that does not work.',
      ],
    },
    {
      id: 'impact.our-staff-cant',
      pattern: `our|my ~3 ${STAFF} ~2 can't|couldn't|unable ~1 work|access|scan|log|get|=use|=using|open|do|serve|see|load|print|ship|take|process|fill|reach|drive|clock|pay`,
      negation: 'in-pattern',
      // The doctor who could not examine the customer's son is the customer's care, not staff.
      unless: 'son|daughter|child|exam|examine',
      match: ['Our engineers cannot access the servers.'],
      noMatch: [
        "Our team can't access the portal during the planned upgrade tonight.",
        'When I visited them with my son, the doctor was unable to do any exam.',
      ],
    },
    {
      id: 'impact.nobody-can-log',
      pattern:
        'nobody|none ~5 can|could|=able ~2 log|=login|access|work|=use|=using|open|submit|process|scan|serve|dispatch|ship|print|pick|pack|load|book|sell|trade|take|get|see|receive|find',
      match: ['Nobody in the depot can receive the delivery manifests.'],
      noMatch: ["Nobody can log in on Sunday, that's our own maintenance window."],
    },
    {
      id: 'impact.nothing-orders-is',
      pattern:
        'nothing|=no ~2 (orders|parcels|deliveries)? =is|are|=going|=getting ~1 shipping|moving|=out|dispatched|delivered',
      negation: 'in-pattern',
      // Nothing hanging or sticking out is a garment that covers.
      unless: 'hang|stick|show|poke|peek',
      match: ['Warehouse scanners stopped this morning, nothing is moving.'],
      noMatch: [
        'No orders are going out Friday during our planned stocktake.',
        'Rest assured, nothing is hanging out.',
      ],
    },
    {
      id: 'impact.card-machines-declining',
      pattern: 'card machines|terminals|tills|readers|pos|checkout ~3 declining|rejecting|failing',
      match: [
        "Our card machines keep declining payments and there's a queue out the door as we speak.",
      ],
      noMatch: ['My card keeps getting declined.'],
    },
    {
      id: 'impact.queue-out-the',
      pattern: 'queue|line ~1 out the door',
      match: [
        "Our card machines keep declining payments and there's a queue out the door as we speak.",
      ],
      noMatch: ["There's no queue out the door anymore since you fixed the tills."],
    },
    {
      id: 'impact.queue-round-the',
      pattern: 'queue|line ~1 round|around the block|corner',
      match: [
        "Our pharmacy software won't let us dispense anything and there's a queue round the block.",
      ],
      noMatch: ['No more queue round the block since the new tills went in.'],
    },
    {
      id: 'impact.wont-let-us',
      pattern: `won't|doesn't|=isn't|=aren't ~1 let|allow us|staff ~2 ${WORK}|take|process|access|log|book|sell|print`,
      negation: 'in-pattern',
      match: ["The till software won't let us sell anything."],
      noMatch: [
        "My router still won't connect.",
        "The app won't let us book on Sundays during planned maintenance.",
      ],
    },
    {
      id: 'impact.were-down',
      pattern: "we're|we've|=we|it's|=everything ~3 down|offline",
      // "before we head down there" is a drive.
      unless: [
        'closed|shut|paid|brought|turned|broke|wrote|settled|calmed|knocked|sat|head|drove',
        GARMENT_DOWN,
      ],
      match: [
        "It's been down three hours, we can't process a single order and we're losing customers to Amazon right now.",
      ],
      noMatch: [
        "We're down Sunday for planned maintenance, just so you know.",
        "Even though it's button down, the openings don't gape.",
        'The salesman confirmed it before we head down there.',
        "It's sheer from there down.",
      ],
    },
    {
      id: 'impact.it-is-down',
      pattern: '=it|=everything =is|=has ~2 down|offline',
      // "On the attachment it is down as ..." is written down, not offline.
      unless: ['side|front|open|hang|hem|sleeve|attachment|document|form|letter', GARMENT_DOWN],
      match: ['We need the site back up by 2 or we lose the launch, it is down right now.'],
      noMatch: [
        'On the attached form it is down under my old address.',
        'It is down for planned maintenance until 6.',
        'It is see through down to the stomach.',
      ],
    },
    {
      id: 'impact.dead-in-the',
      pattern: 'dead in the water',
      match: ['Dead in the water here, nothing is processing.'],
      noMatch: [
        'Our tills have been dead since opening and the queue is growing.',
        "Not dead in the water yet, but it's slow.",
      ],
    },
    {
      id: 'impact.ground-to-a',
      pattern: 'ground|grinding|=came to a halt|standstill',
      match: ['Our line has ground to a halt.'],
      noMatch: ['Thankfully things never ground to a halt, the backup kicked in.'],
    },
    {
      id: 'impact.standstill',
      pattern: 'standstill',
      // "I am at a standstill with the bank" is a stalled dispute, not stopped work.
      unless: "i|i'm|me",
      match: [
        'The whole warehouse is at a standstill right now because the label printer integration is broken.',
      ],
      noMatch: ["We're never at a standstill thanks to your backup line."],
    },
    {
      id: 'impact.production-stopped',
      // Exact forms of line: "the lining stops at mid thigh" shares its stem.
      pattern:
        'production|operations|=line|=lines|factory|plant|warehouse|site ~4 stopped|halted|stalled|paused|=shut',
      match: ['Our line has ground to a halt.'],
      noMatch: [
        'Production stopped for our planned shutdown last week.',
        'Why does the lining stop at mid thigh?',
      ],
    },
    {
      id: 'impact.stopped-production',
      pattern: 'stopped|halted|stalled|shut ~2 production|operations|trading',
      // Trading a car in at a dealership is no trade of the customer's.
      unless: 'dealership|dealer|car|vehicle',
      match: ['Your update has stopped production at both plants.'],
      noMatch: [
        'They would stop me from trading it in at the dealership.',
        'Our line has ground to a halt.',
        'We stopped production for scheduled maintenance.',
      ],
    },
    {
      id: 'impact.lost-sales',
      pattern:
        'lost|lose|=costing|=cost|haemorrhaging|hemorrhaging|bleeding ~3 =sales|revenue|trade|=bookings|income|clients|=patients|=custom|=customers|business|deals|=wages|=orders',
      // A business the customer "could lose" is a fear; income lost to the pandemic, or deals
      // on a home missed because of a credit score, are not trade we stopped.
      // The company complained about losing business ("never told this company was losing
      // business") is its trouble, not the customer's.
      unless: [
        'could|might',
        'score|covid|coronavirus|pandemic|home|house',
        'this|that|the|your company ~2 lose|lost',
      ],
      match: ["That's thousands in lost revenue.", 'We both had to leave work and lost wages.'],
      noMatch: [
        'Youve lost a customer.',
        "Not worth the cost, but on sale it's a great shirt.",
        'If this goes on much longer we could lose the business.',
        'We lost income during covid and fell behind.',
        'We keep losing deals on a house because of these scores.',
        'Nobody warned me the company was losing business before it sold my gym contract on.',
      ],
    },
    // "cost us a week of orders": a whole stretch of trade lost, not one parcel.
    {
      id: 'impact.cost-us-orders',
      pattern:
        '=cost|=costing us|me ~3 orders|production|trading|sales|revenue|business|launch|contract|clients|customers|deal|=work',
      match: [
        'Outage cost us two days of production last month.',
        'The early draft cost me two days of work.',
      ],
      noMatch: ['The upgrade cost us less than we expected.'],
    },
    {
      id: 'impact.miss-service',
      pattern:
        'miss ~3 service|cut|cutoff|payroll|shipments|collection|sailing|meeting|interview|=business',
      // A business-class seat or lounge missed is a spoiled trip.
      unless: 'class|lounge|seat|cabin',
      match: [
        'Because of your outage we missed the courier cutoff for 300 orders.',
        'Because of the cancellation I missed a client meeting in Chicago.',
      ],
      noMatch: [
        'This is my sixth email about the same missing refund.',
        "We didn't miss the payroll deadline thanks to your team.",
        'We missed the business class lounge because of the gate change.',
      ],
    },
    {
      id: 'impact.none-of-our',
      pattern:
        'none of (our|my)? orders|payments|bookings|calls|sales|deliveries ~3 coming|going|getting|arriving|working|through',
      // Payments not going towards the principal are a loan's arithmetic.
      unless: 'toward|principal|principle|applied',
      match: ['None of our bookings are coming through since the update.'],
      noMatch: [
        'None of my payments have been going towards the principle for almost a year.',
        'None of our orders are going through this weekend because of our planned migration.',
      ],
    },
    {
      id: 'impact.isnt-receiving-any',
      pattern:
        "isn't|aren't|=not|can't ~2 =receiving|=getting|take ~2 any? orders|bookings|payments|calls|sales",
      negation: 'in-pattern',
      // A lender told not to take the customer's payments is no business unable to take them.
      // A lender that did not take the customer's auto payment is a billing slip, not trade lost.
      unless: [
        COMPANY_SUBJECT,
        'my payment',
        'from my|our account',
        'told|asked them',
        'auto|automatic|autopay',
      ],
      match: ['Our checkout is down and we cannot take orders.'],
      noMatch: [
        "We aren't taking any orders over Christmas, we're closed for our own holiday.",
        'I told them not to take any further payments from my account.',
        'Their app did not take any payments on autopay last month.',
      ],
    },
    {
      id: 'impact.declining-every-card',
      pattern:
        'declining|=rejecting|=failing ~2 every|all|any ~1 card|payment|transaction|amex|visa|mastercard',
      match: ['The terminal is declining every card since lunchtime.'],
      noMatch: ['Hi, my direct debit failed.', "It isn't declining every card, just the odd one."],
    },
    {
      id: 'impact.every-checkout-fail',
      pattern: 'every|all ~1 checkout|transaction|order|payment ~4 fail|declined|bouncing',
      match: ['Every checkout is failing right now!'],
      noMatch: ['Not every payment failed, most went through fine.'],
    },
    {
      id: 'impact.payroll-fail',
      pattern:
        'payroll ~3 fail|failure|late|error|broken|stuck|=down|=rejected|=blocked|=bounced|=frozen',
      match: ['Payroll failed last night and nobody got paid.'],
      noMatch: [
        "We can't get any of our invoices out and payroll is due tomorrow.",
        "Payroll isn't late this month, thanks for the quick fix.",
      ],
    },
    {
      id: 'impact.payroll-didnt-run',
      pattern:
        "payroll ~2 didn't|hasn't|=not|won't|=failed|=never ~1 run|=ran|go|=gone|process|through",
      negation: 'in-pattern',
      match: ["Our payroll didn't run last Friday and 80 staff went unpaid over the weekend."],
      noMatch: ["We can't get any of our invoices out and payroll is due tomorrow."],
    },
    {
      id: 'impact.n1-staff-went',
      pattern:
        '<n1> staff|employees|people|workers|drivers|nurses ~2 went|were|are|=left|been ~1 unpaid',
      match: ["Our payroll didn't run last Friday and 80 staff went unpaid over the weekend."],
      noMatch: [
        'Our 50 staff were never unpaid, even during the outage.',
        '12 staff went unpaid, nothing to do with you, our bank messed up.',
      ],
    },
    {
      id: 'impact.flooded-with-complaints',
      pattern: 'flooded|inundated|swamped|overwhelmed ~2 with ~2 complaints|calls|angry|refund',
      match: ["We're getting flooded with complaints right now."],
      noMatch: [
        'Our call centre has been unable to take calls for five hours now and customers are flooding social media.',
      ],
    },
    {
      id: 'impact.our-staff-paid',
      pattern: `our|my ~3 ${STAFF} ~3 paid late`,
      match: ['Our staff were paid late because of your payroll bug.'],
      noMatch: ['Our staff were paid late last month because our own bank messed up.'],
    },
    {
      id: 'impact.our-staff-unpaid',
      pattern: `our|my ~3 ${STAFF} ~3 unpaid|=idle|twiddling`,
      match: ['Our whole crew has been stood idle all shift.'],
      noMatch: ['Our drivers were idle during the planned stocktake.'],
    },
    {
      // "We had to send 45 staff home": the customer's own decision, forced by the outage.
      id: 'impact.send-staff-home',
      pattern: `=send|=sending|=sent ~2 ${STAFF} home`,
      match: ['The kitchen went dark, so I sent the evening crew home early.'],
      noMatch: ['Can you send the engineer to my home address?'],
    },
    {
      // Work owed to the customer's own clients, not a deadline of the customer's own account.
      id: 'impact.missed-client-deadlines',
      pattern: 'miss ~3 client|customer ~1 deadline|deliveries|orders',
      match: ['Thanks to the outage our studio missed a customer delivery on Friday.'],
      noMatch: ['I missed the deadline to dispute the charge.'],
    },
    {
      id: 'impact.turn-away-orders',
      pattern:
        '=turn|=turned|=turning away ~3 orders|customers|clients|bookings|business|work|guests|patients',
      match: [
        'We turned away a dozen bookings while the system was down.',
        'Since nine we have been turning away walk-in customers.',
      ],
      noMatch: ['I turned away from the screen and the order went through, no harm done.'],
    },
    {
      // Staff who will not be paid, or not in full, on pay day: "half our drivers will be short paid".
      id: 'impact.staff-short-paid',
      pattern: `${STAFF} ~4 short paid|=unpaid|=underpaid`,
      match: ['Half our drivers will be short paid this month because the file bounced.'],
      noMatch: ['The drivers were paid in full, thanks for the quick fix.'],
    },
    {
      id: 'impact.staff-wages-today',
      pattern: `${STAFF} ~4 wages|salaries|paycheques|paychecks ~2 today|tonight`,
      match: ['Thirty carers are waiting on their wages tonight.'],
      noMatch: ['Staff get their wages on Friday as usual.'],
    },
    {
      // A home worker losing pay for time offline: "my employer docks my pay for every hour it's down".
      id: 'impact.docked-pay',
      pattern: 'dock|cut|deduct ~2 (my|our)? pay|wages|salary',
      requires: 'employer|office|boss|work|absent|manager|shift|company|job',
      match: ['My employer docks my pay for every hour the line is down.'],
      noMatch: ['No need to dock my pay, I was on leave.'],
    },
    {
      id: 'impact.zero-sales',
      pattern: '=zero sales|orders|bookings|revenue|transactions|deliveries|takings',
      match: ['Day three and zero bookings since your update.'],
      noMatch: ['Zero complaints from our side, the migration went well.'],
    },
    {
      id: 'impact.cant-open-the-shop',
      pattern:
        "can't|couldn't|unable|=not ~3 open ~2 the|my|our ~1 shop|store|restaurant|clinic|office|salon|practice|site|doors|cafe|bar|pharmacy",
      negation: 'in-pattern',
      match: ['Without the float we cannot open the shop tomorrow.'],
      noMatch: ["I can't open the shop's website on my phone."],
    },
    {
      id: 'impact.missing-every-order',
      pattern: '=missing|=losing|=missed ~2 every|all|our ~2 orders|calls|bookings|sales|customers',
      match: ["We're missing every delivery order while the tablet is offline."],
      noMatch: ['The parcel was missing all its labels.'],
    },
    {
      id: 'impact.cost-us-money',
      pattern: '=cost|=costing us ~2 real|serious|a ~1 money|fortune|thousands',
      match: ['That outage cost us serious money.'],
      noMatch: ['The upgrade cost me a fortune but it was worth it.'],
    },
    {
      id: 'impact.took-our-site-down',
      pattern: '=took|=taken|=knocked|=brought|=taking ~1 our ~3 down|offline',
      match: ['Your DNS change took our booking page down for six hours.'],
      noMatch: ['Your engineer took my old router down to the van.'],
    },
    {
      id: 'impact.team-missed-deadline',
      pattern: `our|the ~2 ${STAFF} ~2 =missed ~4 =deadline|=deadlines|=cutoff|=filing`,
      match: ['Our payroll team missed the tax filing deadline because of the outage.'],
      noMatch: ['The team missed me at the depot, no harm done.'],
    },
    {
      id: 'impact.sent-families-away',
      pattern: `=send|=sent|=sending ~3 ${SERVED} away`,
      match: ['The booking screen froze and we sent nine patients away this morning.'],
      noMatch: ['Your courier sent the parcel away to the depot again.'],
    },
    {
      id: 'impact.stood-down-staff',
      pattern: `=stand|=stood|=standing down ~3 ${STAFF}|tradies|labourers|contractors|pickers`,
      match: ['With no scaffold delivered we had to stand down fourteen labourers.'],
      noMatch: ['The storm warning has been stood down, thanks for the update.'],
    },
    {
      id: 'impact.stopped-being-able',
      pattern: '=stopped being able to ~2 take|accept|process|serve|trade|open|ship|sell|book',
      match: ['At nine we stopped being able to accept bookings online.'],
      noMatch: ['I stopped being able to see the ads once I upgraded, which is great.'],
    },
    {
      // Present loss by the hour: "every hour the tills are down costs us", "every day is money lost".
      id: 'impact.every-hour-costs',
      pattern:
        'every ~1 hour|day|minute ~4 =costs|=costing|=money|=losing ~1 us|me|=out|money|sales|business',
      match: ['Every hour the tills are down costs us about two hundred pounds.'],
      noMatch: ['Every day costs the same on the new tariff, which is fine.'],
    },
    {
      id: 'impact.stopped-sending-work',
      pattern: '=stopped|=stop ~1 =sending|=giving ~1 me|us ~1 work|jobs|orders|business|referrals',
      match: ['After the missed deadlines the agency stopped sending me work.'],
      noMatch: ['Please stop sending me marketing emails.'],
    },
    {
      id: 'impact.turned-down-jobs',
      pattern: '=turned|=turning|=turn down ~3 jobs|work|bookings|orders|contracts|clients',
      match: ['Without the van I turned down three jobs this week.'],
      noMatch: ['The volume was turned down on the hold music, thanks.'],
    },
    {
      id: 'impact.went-unfilled',
      pattern: 'orders|prescriptions|shifts|scripts ~5 =went|=go|=gone|=going unfilled|unfulfilled',
      match: ['Half our hospital orders went unfilled because the truck never came.'],
      noMatch: ['No orders went unfilled this month, good job.'],
    },
    {
      // Working by hand while the system is down: "taking every order on paper", "doing payroll by hand".
      id: 'impact.by-hand',
      pattern:
        '=keying|=writing|=doing|=processing|=clocking|=running|=taking|=staffing|=recording|=tracking ~4 by|on =hand|=paper',
      unless: 'prefer|like|love|enjoy',
      match: ["We're taking every order on paper until the tills come back."],
      noMatch: ['I prefer doing my accounts on paper, to be honest.'],
    },
    {
      id: 'impact.failing-for-every-customer',
      pattern: 'checkout|payments|orders|logins ~3 =failing|=declining|=failed ~3 for every|all',
      unless: 'past|=used',
      match: ['Payments are failing for every customer on the Irish site.'],
      noMatch: ['Payments failing for all of us is a thing of the past, thanks.'],
    },
    {
      id: 'impact.turn-customers-away',
      pattern: `=turn|=turned|=turning ~2 ${SERVED} away`,
      match: ['We had to turn patients away at the front desk all morning.'],
      noMatch: ['Your agent turned the page away from me.'],
    },
    {
      // Staff counted as locked out: "locked 200 of our agents out of every tool".
      id: 'impact.locked-staff-out',
      pattern: `locked ~4 ${STAFF} out`,
      match: ['The SSO change locked 40 of our nurses out of the rota system.'],
      noMatch: ['The system locked me out after three wrong passwords.'],
    },
    {
      // A shop that cannot take cards: "we had to go cash only".
      id: 'impact.cash-only',
      pattern: 'cash ~1 only',
      unless: 'prefer|accept|refund',
      match: ['The card terminals died so we went cash only for the whole of Saturday.'],
      noMatch: ['Refunds are made in cash only at the counter.'],
    },
    {
      // Customers of the customer who cannot pay, book or get through are its lost trade.
      id: 'impact.customers-cant-pay',
      pattern: `${SERVED} ~2 can't|couldn't|unable ~1 pay|book|order|buy|get`,
      negation: 'in-pattern',
      match: ["Our patients can't book appointments online since the update."],
      noMatch: ['Customers can pay by card or cash, which is what I asked.'],
    },
    {
      id: 'impact.lost-days-of-work',
      pattern: `${STAFF}|we ~3 =lost|=losing ~3 day|week|morning|afternoon ~3 of? work|trading|production|sales|close|business`,
      match: ['Our engineers lost most of a week of work chasing your API errors.'],
      noMatch: ['We lost a day of our holiday to the delayed flight.'],
    },
    {
      id: 'impact.empty-shelves',
      pattern: 'empty shelves',
      match: ['Missed deliveries left us with empty shelves all weekend.'],
      noMatch: ['I like that the shelves in the store were empty of clutter.'],
    },
    {
      id: 'impact.our-staff-sent',
      pattern: `our|my ~3 ${STAFF} ~3 sent home`,
      match: ['Our warehouse team got sent home at 10.'],
      noMatch: ['Our staff were sent home early for the snow, nothing to do with you.'],
    },
    {
      id: 'impact.our-staff-locked',
      pattern: `our|my ~3 ${STAFF} ~3 locked out`,
      match: ['Our agents are locked out of the CRM again.'],
      noMatch: ['Our staff were locked out during the planned password reset.'],
    },
    {
      id: 'impact.paid-late-staff',
      pattern: '=unpaid ~2 staff|employees|wages|salaries',
      match: ['Forty unpaid staff because your payroll run failed.'],
      noMatch: ['Unpaid invoices are attached for your reference.'],
    },
    {
      id: 'impact.paid-late-staff-wages',
      pattern: '=paid late ~2 staff|employees|wages|salaries',
      match: ['We paid late wages this month thanks to your glitch.'],
      noMatch: ["We've never paid late wages, even in the outage."],
    },
    {
      id: 'impact.havent-been-paid',
      pattern: `${STAFF} ~3 =haven't|=hasn't|=weren't|=not been paid`,
      negation: 'in-pattern',
      match: ["Our drivers haven't been paid because your payroll run failed."],
      noMatch: ["Haven't been paid yet, not your fault, my employer is late."],
    },
    {
      id: 'impact.customers-walked-nothing',
      pattern:
        'customers|clients|patients|guests|passengers|shoppers ~3 walked|leaving|=turned|stranded|get ~1 nothing|away|out',
      // "As a loyal customer they turned me away" is the customer refused.
      unless: 'me|loyal',
      match: [
        "Our clinic's booking system has been unusable since 9 this morning and patients are being turned away.",
      ],
      noMatch: ['Youve lost a customer.', 'As a loyal customer they turned me away from a loan.'],
    },
    {
      id: 'impact.trucks-sitting',
      pattern:
        'trucks|lorries|vans|drivers|stock|pallets|=goods|shipment|produce ~5 sitting|stuck|waiting|queued|queueing|=backed|ruined|spoil|=spoilt|perish|rot|=wasted',
      // A driver's licence sent in, or the tow truck that came for the customer's car.
      unless: 'license|licence|tow',
      match: ['Lorries queued back to the roundabout outside our depot.'],
      noMatch: [
        'Our trucks were sitting in traffic, nothing to do with you.',
        "I sent in a picture of my driver's license front and back.",
      ],
    },
    {
      id: 'impact.sitting-idle',
      // Exact forms: a top that "sits around the hip" is where it sits.
      pattern: '=sitting|=sat|=standing ~1 idle|around',
      // "people sitting around me" are where they sit, not idle.
      // A loan that "sat at around $13,000" is a balance.
      unless: [
        'closet|wardrobe|drawer|clothes|things|loan|balance|debt',
        '=around me|us|him|her|them',
      ],
      match: ['Our line workers are standing around because the MES is offline right now.'],
      noMatch: [
        'Our drivers sat down with your rep and it went well.',
        'There were still so many people sitting around me in the queue.',
        'The petite sits around the hip area.',
        'The loan sat at around $13000 at this time.',
      ],
    },
    {
      // The customer's own business hurt by what the company did: "it is hurting my ability to
      // run my business", "many problems to me in conducting my business", "lose my clients".
      id: 'impact.hurting-my-business',
      pattern: 'hurt|harm|hamper|cripple|ruin|destroy|problems|jeopardize|cut ~5 =my|our business',
      match: [
        'Your payout delays are crippling our business.',
        'I am ignored and it is hurting my ability to run my business.',
        "Your bank's delay is causing many problems to me in conducting my business.",
        'Closing the accounts cut off my life line in my business.',
      ],
      noMatch: ['My business has grown a lot since I opened the account, no problems at all.'],
    },
    {
      id: 'impact.lost-my-clients',
      // Plural: "you have lost a customer" is the company losing the one who writes.
      pattern: '=lose|=lost|=losing ~4 my|our|a|the ~2 =clients|=customers|pitch|deal',
      match: [
        'After three days of downtime we lost our two biggest customers.',
        'The hold on my accounts caused me to lose a lot of my clients.',
      ],
      noMatch: [
        'You are losing customers with service like this.',
        'You have not only lost a customer, you have gained a critic.',
      ],
    },
    {
      id: 'impact.no-access-to',
      pattern:
        'no|=lost access ~1 to ~3 prescriptions|records|crm|erp|orders|stock|inventory|tills|systems|platform|rota|schedules|routes',
      negation: 'in-pattern',
      match: ['The surgery has no access to patient records this week.'],
      noMatch: ["We'll have no access to our records Sunday during planned maintenance."],
    },
    {
      id: 'impact.customers-waiting-at',
      pattern:
        'customers|clients|patients|guests|passengers|shoppers|diners ~3 waiting|queuing|queueing|stuck at|in ~1 the? counter|till|desk|door|checkout|reception|queue|lobby',
      match: ['We have diners queuing at the door and the booking tablet is frozen.'],
      noMatch: [
        'Guests were waiting in reception because our own check-in desk was short-staffed.',
      ],
    },
    {
      id: 'impact.flights-running-half',
      pattern:
        'flights|vans|trucks|rooms|tables|restaurant|clinic|shop|store ~2 running|=sat|=sitting|=going|=left half? empty',
      match: [
        "They've not gone out since Monday and we've had dozens of no-shows, clinics are running half empty.",
      ],
      noMatch: ['Our vans are running half empty because of our own staff shortage.'],
    },
    {
      id: 'impact.dozens-of-no',
      pattern: '=dozens|=hundreds|<n3> ~2 of? =no ~1 shows',
      negation: 'in-pattern',
      match: ['Dozens of no-shows because your reminder texts never went out.'],
      noMatch: ['No more dozens of no-shows since your reminder texts went live.'],
    },
    {
      id: 'impact.whole-staff-idle',
      pattern: `whole|entire|all ~2 ${STAFF} ~3 =idle|twiddling|sat|sitting|standing|stood|=stuck`,
      match: ['Our whole crew has been stood idle all shift.'],
      noMatch: ['The whole team was stuck at home for the snow, nothing to do with you.'],
    },
    {
      id: 'impact.customers-cant-check',
      pattern:
        "customers|clients|patients|guests|shoppers|passengers|users ~3 can't|unable|couldn't ~2 check|pay|order|book|buy|log|get|reach|access",
      negation: 'in-pattern',
      match: ["The site's been crawling all day and half our customers can't check out."],
      noMatch: ["Customers can't check out on Sunday during our planned upgrade."],
    },
    {
      id: 'impact.locked-out-crm',
      pattern:
        'locked out ~3 crm|erp|system|platform|software|tools|tills|warehouse|portal|dashboard',
      match: ["We're locked out of the CRM and can't see any customer records."],
      noMatch: ['Locked out of my account and the rent has to go out before 5pm today.'],
    },
    {
      id: 'impact.cant-do-my',
      pattern: "can't ~2 do my|our job|work",
      negation: 'in-pattern',
      match: ["I can't do my job without the VPN."],
      noMatch: ["I can't do my job today, nothing to do with you, I'm off sick."],
    },
    {
      // Trade the customer forgoes while we hold them up: "missing out on potential sales".
      id: 'impact.missing-out-on-sales',
      pattern:
        '=missing|=missed|=losing|=lost out on ~2 sales|business|work|income|clients|customers|jobs|contracts|orders|bookings',
      match: [
        'Since you froze the account we are missing out on weekend sales.',
        'While the card terminal is down we are losing out on bookings.',
      ],
      noMatch: ['I missed out on buying the last one in this color.'],
    },
  ],
);

// A consumer's livelihood or essentials hit as hard as a business that cannot trade: rent,
// food, medicine or the home itself.
// A household's hardship is told in the present tense long after it began ("I can't pay my
// rent because of these fees"): it is urgent only when the customer says it is hurting now.
const ESSENTIAL_NEEDS_RULES = family(
  'business_impact',
  { unless: NOT_OURS_CONSUMER, urgentWhen: 'word-of-now' },
  [
    {
      id: 'impact.cant-pay-rent',
      pattern:
        "can't|couldn't|unable|haven't|hasn't|=not ~4 pay|afford|buy|meet|cover ~2 (my|our|the)? rent|=bills|groceries|medication|medicine|food|insulin|utilities|eat",
      negation: 'in-pattern',
      // Being told "to not pay" is advice, and a mortgage that became unaffordable is the
      // hardship behind the complaint rather than what the company did. A loan refused is credit
      // denied, not money taken; a rent service that "did not cover" one month's rent the
      // customer then paid is a service slip.
      unless: [
        'told|advised|asked|instructed ~2 to =not',
        'denial|denied',
        '=did|=does =not cover',
      ],
      match: [
        "Because you froze my account I can't pay my rent this month.",
        'I can not afford to eat now because of your fees.',
        'Their error caused us to not be able to pay our bills on time.',
        "Since they took my paychecks I haven't been able to pay rent.",
      ],
      noMatch: [
        'I paid the bills early so there was no problem.',
        'The rep told me to not pay the rent through the app.',
        'Because you denied my loan I will not be able to pay my bills.',
        'The app did not cover my rent so I paid it through the portal.',
      ],
    },
    {
      id: 'impact.no-money-for',
      // "I do not have the money needed now to pay my rent", "no money to even eat".
      pattern:
        "no|=not|without|don't|didn't ~3 money|funds|cash ~5 food|groceries|gas|rent|bills|medication|medicine|mortgage|utilities|essentials|eat",
      negation: 'in-pattern',
      // Panels that do "not save me any money on my electric bill" fall short of a promise; nothing
      // was taken.
      unless: [TRIP, '=save|=saves|=saved|=saving ~2 money'],
      match: [
        'You kept my deposit and left me with no money for gas and groceries.',
        'I do not have the money now to cover rent.',
        'After that debit there is no money left to eat this week.',
      ],
      noMatch: [
        'I had enough money for groceries after the refund, thanks.',
        'Stuck at the airport overnight with no money for food and no voucher.',
        'The new boiler does not save us any money on the gas bill.',
      ],
    },
    {
      // Errors on a credit file that cost a job: "I was denied employment due to credit". An
      // apartment refused over a credit report is a credit consequence, which the labels do not
      // count as impact.
      id: 'impact.denied-job-or-housing',
      pattern: 'denied|jeopardy|jeopardize|=secure|=securing ~3 employment|job|position|livelihood',
      match: [
        'In May I was denied employment due to my credit.',
        'I am still unable to secure a suitable job because of these errors.',
        'The review puts me in jeopardy of losing the position.',
      ],
      noMatch: [
        'I was denied a credit line increase, which is fine.',
        'We were denied the apartment because of the late payments on the report.',
      ],
    },
    {
      // Money the company holds or took that the customer needs to live on: "I need that money to
      // survive", "I needed the funds to cover funeral expenses".
      id: 'impact.need-the-money-to',
      pattern:
        'need ~3 money|funds|paycheck|cash ~4 survive|live|eat|rent|bills|groceries|medication|funeral',
      // Money needed before a loan was taken out is the hardship behind it, not what we did.
      unless: ['loan|borrow|hardship', '=lost ~1 job'],
      unlessScope: 'sentence',
      match: [
        'We need those funds to pay our rent this week and your hold is still on.',
        'I only get paid once a month and need that money to survive.',
        'I needed the funds to cover funeral expenses.',
        'I asked for the credit because I needed the money to pay bills.',
      ],
      noMatch: [
        "I didn't need the money urgently, so waiting was fine.",
        'I lost my job and needed the funds to pay rent, so I took out the loan.',
      ],
    },
    {
      id: 'impact.unable-to-eat',
      pattern: "i|we|family|kids|children ~2 unable|can't|couldn't|=not ~1 eat",
      negation: 'in-pattern',
      // A meal not eaten is a review of the food, not money needed for it.
      unless: 'meal|food|dish|menu|breakfast|lunch|dinner|snack|taste|cold|flight|seat|diet',
      unlessScope: 'sentence',
      match: [
        'My kids could not eat properly for a week while you froze our account.',
        'Because of this debit, I am unable to eat.',
      ],
      noMatch: [
        'I could not eat the meal they served on the flight.',
        'My meal was full of fibre, which I cannot eat.',
      ],
    },
    {
      id: 'impact.bills-to-pay',
      pattern: 'have|=had|got ~2 bills to pay',
      match: ['The funds are frozen and I have bills to pay.'],
      noMatch: ['I set up my bills to pay automatically from savings.'],
    },
    {
      id: 'impact.paycheck-to-paycheck',
      pattern: 'paycheck|paycheque to paycheck|paycheque',
      match: ['I live paycheck to paycheck and you are holding my pay.'],
      noMatch: ['My paycheck went to savings as planned.'],
    },
    {
      id: 'impact.power-cut-off',
      pattern: 'power|electricity|water|heating ~3 cut|=shut|disconnected|turned off',
      unless: 'outage|storm|maintenance|planned',
      match: ['Because you held my funds our power was cut off.'],
      noMatch: ['The power was cut off in the storm, not your fault.'],
    },
    {
      // A home lost is an essential need hit; a home the customer fears losing ("we will lose our
      // home", "weeks from losing my home") is a fear the labellers did not count.
      id: 'impact.lost-my-home',
      pattern: '=lost my|our house|home',
      // A home lost with a job is the customer's hardship, told as the reason for the debt.
      unless: 'key|insurance|deposit|job|employment',
      match: ['You would not modify the mortgage and I lost my house.'],
      noMatch: [
        'I lost my house keys at the branch, sorry.',
        'We are in jeopardy of losing our home.',
        'After I lost my job we lost our home as well.',
      ],
    },
    {
      id: 'impact.children-cannot-eat',
      pattern: "children|kids|family ~3 can't|=not|=no ~1 eat|food",
      negation: 'in-pattern',
      match: ['My children can not eat while you hold my money.'],
      noMatch: ['The kids had no complaints about the food, thanks.'],
    },
    {
      id: 'impact.left-homeless',
      pattern: '=homeless|=homelessness|evict',
      // A sealed eviction on a tenant screening report is a record, not a home being lost; a home
      // lost to a storm, a lost job or a death in the family is the customer's hardship, not what
      // we did. A home that "could" or "would" be lost, or that a refused loan would have saved,
      // is a fear the labels do not count. Read over the sentence: "I could be denied the mortgage,
      // ..., and leaving me homeless" says "could" clauses before.
      unless: [
        'charity|shelter|donate|sealed|screening|record',
        'hurricane|storm|fire|flood|employment|job|divorce|passed|died|death|covid|pandemic',
        'could|might|would',
        'without ~2 loan',
      ],
      unlessScope: 'sentence',
      match: ['We will be homeless because of your error.'],
      noMatch: [
        'I donate to a homeless charity through your app.',
        'My sealed eviction keeps reporting on my tenant screening.',
        'The debt dates from when I was homeless due to the hurricane.',
        'If the rent was late again I would be evicted.',
        'Without the new loan we will end up homeless.',
        'My parents passed within a week of each other and I was left homeless.',
        'I could lose the house, ruining my credit, and leaving us homeless.',
      ],
    },
    {
      // The customer's business money frozen or closed: "our business line of credit was frozen",
      // "my business assets are frozen", "my business account is closed with the funds in it".
      id: 'impact.business-account-frozen',
      pattern:
        'business ~3 account|assets|funds|credit|checking|money ~6 frozen|froze|freeze|locked|closed|restricted|blocked|held',
      match: [
        'Our business line of credit has been frozen since Monday.',
        "My business funds are frozen while they review my son's debt.",
      ],
      noMatch: ['Our business account was never frozen, thankfully.'],
    },
    {
      // A lender or bank taking everything: "they completely emptied out my bank account".
      id: 'impact.emptied-my-account',
      // Exact past forms: a lender that "wants to drain my account" is a fear.
      pattern: '=emptied|=drained|=wiped ~3 account|savings|checking',
      match: [
        'They took four payments in a row and emptied out my bank account.',
        'The double charge drained our business checking account.',
      ],
      noMatch: [
        'The balance was zeroed out on the old card account, as agreed.',
        'They want my routing number so they can drain my account.',
      ],
    },
    {
      // Money taken or held that was meant for the essentials: "the funds needed for our living
      // expenses", "my money back to pay for my medicine", "the money which was for those bills".
      id: 'impact.money-for-rent',
      pattern:
        'money|funds|deposit|paycheck ~3 for|to ~3 live|rent|bills|food|groceries|medicine|medication|meds|utilities|survive|eat',
      // Money earned, borrowed or advanced for the bills is the hardship behind a loan; money for
      // food on a delayed trip is a spoiled journey, not a household's essentials.
      unless: ['make|earn|borrow|loan|advance', TRIP],
      match: [
        'The second draft took the funds needed for our living expenses this month.',
        'I need the money back to pay for my medicine.',
        'They took the money meant for my utility bills.',
      ],
      noMatch: [
        'I took out the loan to get money for rent.',
        'I was working two jobs making money to pay the bills.',
        'We spent our own money for food during the nine hour delay at the airport.',
      ],
    },
    {
      // The money taken named as the household's: "this was my grocery money", "the money taken
      // was our mortgage payment".
      id: 'impact.was-my-rent-money',
      pattern:
        '=was|=is my|our ~2 rent|mortgage|grocery|food|medicine|medication|utility ~1 money|payment|funds',
      // Only money the company took or holds: "my biggest bill is my mortgage payment" budgets.
      requires:
        'take|took|taken|debit|charge|withdraw|withdrew|draft|refund|kept|hold|held|stole|stolen|freeze|froze|frozen',
      match: [
        'The gym took a second fee and that was my grocery money for the week.',
        'The amount the phone company debited twice was our rent money.',
      ],
      noMatch: [
        'My largest monthly expense is my mortgage, paid by direct debit.',
        'The biggest bill we have is our mortgage payment, so we fixed the rate.',
      ],
    },
    {
      // The need told before the lack: "rent is due and I have no money".
      id: 'impact.rent-due-no-money',
      pattern: 'rent|bills|mortgage ~3 due ~5 no|=not|without ~2 money|funds|cash',
      negation: 'in-pattern',
      match: [
        'My rent is due Friday and I have no money left after your double debit.',
        'The mortgage is due Monday and without those funds I cannot pay it.',
      ],
      noMatch: ['Rent is due on the first and the money is already set aside.'],
    },
    {
      // A lender taking all of a pay packet: "garnished my entire paycheck", "eating the entirety
      // of my weekly paychecks".
      id: 'impact.entire-paycheck',
      pattern:
        'take|took|garnish|deduct|eat|seize|hold|keep|=kept ~3 entire|whole|entirety ~3 paycheck|wages|salary|income',
      match: [
        'They garnished the whole of my paycheck this month.',
        'The app will deduct my entire paycheck on Friday.',
      ],
      noMatch: ['They took the entire payment amount I sent, as agreed.'],
    },
    {
      // A repossessed car that was the way to work: "now I have no vehicle or means to get to work".
      id: 'impact.no-car-to-work',
      pattern:
        'no|without ~3 car|vehicle|transportation|means|ride ~1 to? get|go|drive|commute to ~1 work|job|doctor|treatments|appointments',
      negation: 'in-pattern',
      match: [
        'Since the repossession I have no car to drive to work.',
        'With the van repossessed I have no vehicle to get to my job.',
      ],
      noMatch: ['I had no trouble driving to work once the loan was paid.'],
    },
    {
      // A job lost or put at risk by what the company did: "this caused me to lose a job offer",
      // "causing me distress and possible loss of employment".
      id: 'impact.caused-to-lose-job',
      pattern:
        'cause|get|make|=made|result ~5 lose|=loosing|loss ~3 job|employment|position|career|livelihood|income|wages',
      match: [
        'Your reporting error caused me to lose the job offer I had.',
        'Calling my office every day is causing me a possible loss of employment.',
        'Taking the car made me lose a week of income.',
      ],
      noMatch: ['I lost my job last year and fell behind on the loan.'],
    },
    {
      // Work lost to what the company did: "I lost work for a few days", "loss of work".
      id: 'impact.lost-work',
      pattern: '=lost|loss|=losing of? =work|=shifts|workdays',
      unless: 'covid|coronavirus|pandemic|illness|surgery|injury',
      match: [
        'Without the car I lost work all week.',
        'We are losing shifts every day the rota app is down.',
      ],
      noMatch: ['I lost the paperwork they sent.', 'We had a loss of work during the pandemic.'],
    },
    {
      // What the company did getting in the way of a living: "disrupting my ability to work",
      // "impacting my ability to pay my mortgage".
      id: 'impact.ability-to-work',
      pattern:
        'disrupt|impact|interfere|hinder|affect ~3 ability to ~3 work|earn|rent|mortgage|bills',
      // A credit report that hurts the ability to get a mortgage is a credit consequence.
      unless: ['credit|score|report|obtain|secure|qualify', 'get ~2 mortgage|loan|apartment|house'],
      match: [
        'Their collectors ring my workplace so often it is disrupting my ability to work.',
        'The extra drafts are impacting my ability to pay the mortgage.',
      ],
      noMatch: ['The late mark is affecting my ability to get a mortgage.'],
    },
  ],
);

// "Staff can't clock in" without "our": the customer's own staff, unless they are yours.
const BARE_STAFF_RULES = family(
  'business_impact',
  {
    unless: [
      ...NOT_OURS,
      'your|their ~2 staff|employees|workers|nurses|drivers|cashiers|operators|doctors',
    ],
    unlessScope: 'sentence',
  },
  [
    {
      id: 'impact.staff-cant-clock',
      pattern:
        "staff|employees|workers|nurses|drivers|cashiers|operators|doctors|pickers ~2 can't|couldn't|unable ~1 clock|log|work|scan|serve|ship|print|dispatch",
      negation: 'in-pattern',
      match: ['Nurses cannot log in to the drug round app.'],
      noMatch: ["Your staff can't process a simple refund."],
    },
  ],
);

export { BARE_STAFF_RULES, BUSINESS_IMPACT_RULES, ESSENTIAL_NEEDS_RULES };
