import { family } from './rule.js';

// Cancelling one order, appointment or add-on is a transaction, not a threat to leave.
const TRANSACTIONAL =
  'order|appointment|booking|reservation|add|addon|delivery|payment|flight|ticket|item|' +
  'parcel|newsletter|emails|alerts|notifications|trial|upgrade|request|refund|transfer|debit|' +
  'review|feedback|message|voicemail|note|comment|tip|collection|attempt|charge|fee|' +
  'transaction|purchase|work|job|project|installation|repair|application|=warranty|=warranties|' +
  'vacation|trip|timeshare';

const SERVICE =
  'account|contract|subscription|service|membership|plan|policy|everything|broadband|' +
  'package|agreement|licence|license|mortgage';

const PROVIDER =
  'competitor|provider|carrier|bank|supplier|vendor|company|network|airline|platform|' +
  'solution|insurer|firm|service|operator|retailer|host|courier|energy|utility|isp|tool|app';

// A product line or a part of the service, not the provider: "never buy this label again", "will
// not use their A330 aircraft again", "never again prepurchase a legroom seat".
// A garment of a kind ("won't order a bathing suit again") is the same: a product, not the shop.
const PRODUCT_LINE = 'label|brand|designer|legroom|aircraft|suit|swimsuit|dress|size';

// Another provider, before its noun: "a different carrier", "alternative airlines".
const ANOTHER = `alternative|different|another|other|rival ~1 ${PROVIDER}`;

/** Threats to cancel, leave, switch away or not renew: conditional threats and idioms count. */
// "I don't need excuses anymore": what the customer is done hearing is no life event.
const DONE_HEARING = 'excuse|apology|promise|lie|story|runaround|answer';

const CHURN_RULES = [
  ...family(
    'churn_threat',
    {
      unless: [
        `cancel|terminate|close|=leave|=leaving|=quit|=quitting ~3 ${TRANSACTIONAL}`,
        // The provider closing the account is its act, not the customer's threat.
        'you|they|bank|company ~3 cancel|terminate|close',
        // A checking or savings account closed, in these texts, is mostly the customer's own
        // bank account shut to stop a lender's debits, after a fraud, or money moved between
        // the customer's own accounts: protection or housekeeping, not leaving.
        '=checking|=savings ~1 account',
        // Closing a loan "with a final payment" is a settlement offered, not the lender left.
        'final =payment|=payoff|=settlement',
        // An account opened by a fraudster, or closed after an identity theft or on the bank's
        // advice, is shut for protection ("close the account that was opened fraudulently").
        'fraudulent|unauthorized|identity|stolen|compromised|hacked|scammer',
        '=never =opened',
        '=was|=were =advised|=told|=instructed to',
        // "the payment I wanted to cancel" is the payment, and so is "the rest of the work".
        `${TRANSACTIONAL} i|we ~2 cancel|terminate|close`,
        // "when I make a payment and want to cancel it": "it" is the payment.
        `${TRANSACTIONAL} ~3 cancel|terminate =it|=them`,
        `rest|remainder of (the|this|my|our)? ${TRANSACTIONAL}`,
      ],
    },
    [
      // The customer ending the service, now or soon: "they closed my account" is the
      // provider's act and "I closed the account in 2018" is history.
      {
        id: 'churn.i-will-cancel-service',
        pattern: `i|we|i'll|we'll|i'm|we're|i'd|we'd|gonna|going|=want|=wanna|=will|=intention|=intent ~3 =cancel|=cancelling|=canceling|=close|=closing|=terminate|=terminating|=end ~3 (my|our|the|this|your|all)? ${SERVICE}`,
        // Tidying up an unused account, or closing on a house ("we concluded our closing"), is
        // not leaving.
        unless: [
          'inactive|unused|dormant|old|spare|duplicate',
          '=closing on',
          '=our|=the|=my =closing',
          // A cancellation finally got through is done, not threatened.
          '=was|=were|finally ~2 =able to',
        ],
        match: [
          "We're cancelling our contract with you.",
          "We're closing all our accounts with you.",
          'If the van tracking fails again I would cancel our contract.',
          'I have told them of my intention to close my account if the fees stay.',
        ],
        noMatch: [
          'They closed my account without warning.',
          'Only after the second ticket was I able to cancel this service.',
          'If this was our main depot I would cancel the contract, but it is only a trial.',
          'I closed an old account in 2018.',
          "I'm closing on a mortgage next week and need this fixed.",
          'I asked to close my account with a final payment of fifty dollars.',
          'I want to close my savings account and move the money to my checking.',
          'I want to close the account that was opened fraudulently in my name.',
          'I had to close my account because someone stole my identity.',
          'I was advised to close my account and open a new one.',
          'We successfully concluded our closing thinking everything was fine.',
        ],
      },
      // Trying or asking to leave, and wanting the account gone: "I have been trying to cancel
      // this account", "I want my account closed", "I want out of this contract".
      {
        id: 'churn.trying-to-close-account',
        pattern: `=trying|=tried|=attempted|=asked|=asking|=begged ~3 =cancel|=close|=terminate ~2 (my|our|the|this)? ${SERVICE}|acct`,
        match: [
          'I have been trying to cancel this account since last year.',
          'I have asked them to close my account. So far they are refusing.',
          'We tried to terminate the contract twice and your portal errors out.',
        ],
        noMatch: ['I asked them to close the old duplicate account they opened by mistake.'],
      },
      {
        id: 'churn.want-account-closed',
        // Also demanded or requested, and "with them" before the verb: "I want my account with
        // them closed", "I have repeatedly demanded that my account be closed".
        pattern: `want|need|=demanded|=demanding|=requested|=requesting ~2 my|our|this|the|all ~2 ${SERVICE}|acct|relationship ~3 =closed|=cancelled|=canceled|=terminated|=end`,
        // "I requested to know why my account was closed" asks about the provider's act; private
        // mortgage insurance or escrow dropped is a part of the loan, not the lender left; an
        // account that should "end up" somewhere is not ended.
        unless: ['why|how|when|whether', 'insurance|pmi|escrow', '=end up'],
        match: [
          'I just want my account closed and my title returned.',
          'Honestly I need our membership cancelled before the next renewal.',
          'I want my account with them closed immediately.',
          'I have repeatedly demanded that my account be closed.',
          'I want this relationship to end now.',
        ],
        // An account "deleted" in a credit dispute is a line taken off the report.
        noMatch: [
          'I want my account details updated.',
          'I want this account deleted from my report.',
          'I requested to know why my account was closed.',
          'I have requested the private mortgage insurance to be cancelled.',
          'I want my account to end up in good standing.',
        ],
      },
      {
        id: 'churn.want-out-of-contract',
        pattern: 'want|need ~1 out of (this|the|my|our)? contract|agreement|loan|lease',
        match: [
          'Since I was not given the full amount, I want out of this contract.',
          'After three dropped calls a day, we want out of the contract.',
        ],
        noMatch: ['I want to pay out of my savings account.'],
      },
      {
        id: 'churn.no-longer-a-customer',
        pattern: 'no longer ~5 customer|client|member',
        negation: 'in-pattern',
        match: [
          'I no longer want to be a BofA customer.',
          'After this outage we are no longer customers of yours.',
        ],
        noMatch: ['I am no longer able to log in as a customer since the update.'],
      },
      {
        id: 'churn.never-do-business',
        pattern: 'i|we ~4 never|longer ~4 do business with',
        negation: 'in-pattern',
        match: [
          'I wish to no longer do business with a company like this.',
          'I will never do business with them, they are rip offs.',
          'After this outage we will no longer do business with your company.',
          'I no longer want to continue to do business with this company.',
        ],
        noMatch: [
          'They no longer do business with customers in my state.',
          'I had never done business with them before this loan.',
        ],
      },
      {
        // Without "I" before it: "would not do business with this company again".
        id: 'churn.not-do-business-again',
        pattern: "won't|=not|never|nor ~3 do (any)? business ~4 again|anymore",
        negation: 'in-pattern',
        match: [
          'I would not do business with this lender again and told my friends the same.',
          'We are not doing business with you anymore.',
        ],
        noMatch: ['I did not do business with them, the account is not mine.'],
      },
      {
        // Leaving by a decision: "I decided to stop doing business with the company".
        id: 'churn.stop-doing-business',
        pattern: '=stop|=stopped|=stopping|=quit|=cease|=ceased =doing business with',
        // The company stopping is its own act ("they stopped doing business in my state").
        unless:
          'they|he|she|company|bank|lender|it ~2 =stop|=stopped|=stopping|=quit|=cease|=ceased',
        match: [
          'After the overcharges I decided to stop doing business with the company.',
          'We will cease doing business with your courier network at the end of the quarter.',
        ],
        noMatch: ['The lender stopped doing business with customers in my state last year.'],
      },
      {
        id: 'churn.want-nothing-to-do-with',
        pattern: 'i|we ~2 want nothing ~2 to do with',
        negation: 'in-pattern',
        match: [
          'I want nothing to do with this scam of a company, period.',
          'We want nothing more to do with your bank.',
        ],
        noMatch: ['They wanted nothing to do with my complaint.'],
      },
      {
        // Every account closed at once is leaving, not tidying up one card.
        id: 'churn.closed-all-accounts',
        pattern: 'i|we ~3 =closed (out)? all ~2 account|card|relationship',
        match: [
          'I called and closed out all the accounts.',
          'We closed all our business accounts with you this week.',
        ],
        noMatch: [
          'I closed an old store card in 2019.',
          'They closed all my accounts without warning.',
        ],
      },
      {
        // Taking the money out is leaving: "I will move all of my funds from you to X".
        id: 'churn.move-my-funds',
        pattern:
          '=move|=moving|=pull|=pulling ~2 my|our|all ~2 funds|savings|deposits|money ~2 from|out|elsewhere|away',
        // Moving money between one's own accounts is a transfer, not leaving.
        unless: 'into|to ~2 my|our|another|other ~1 checking|savings|account',
        match: [
          'Then I will move all of my funds from Acme Bank to a credit union.',
          'We are pulling our money out of your bank next week.',
        ],
        noMatch: [
          'I tried to transfer funds from my savings and it failed.',
          'I tried to move my savings into my checking account and the app froze.',
        ],
      },
      {
        id: 'churn.no-longer-bank-with',
        pattern: 'no longer ~1 bank|shop|fly|order|deal|buy ~2 with|from|at|here',
        negation: 'in-pattern',
        // "pay them just to no longer deal with this" is rid of the matter, not of the company.
        unless: 'deal with =this|=that|=it',
        match: ['I will no longer bank with them after this.'],
        noMatch: [
          'I no longer need to order from the website since the app works.',
          'I kept paying just to no longer deal with this and get it over with.',
        ],
      },
      {
        id: 'churn.went-to-credit-union',
        pattern: 'went|switched|moved|gone|joined ~3 credit union',
        // Going into one's credit union records is looking; going to one for a loan is
        // financing, not leaving.
        unless: ['=went|=gone =into', 'loan|financing|=secured'],
        match: ['After the tax incident I went with a credit union.'],
        noMatch: [
          'I paid it from my credit union account.',
          'Then I went into my credit union records.',
          'We went to a local credit union and secured the loan for the battery.',
        ],
      },
      {
        id: 'churn.cancel-my-service',
        pattern: `^ =cancel|=cancelling|=close|=closing|=terminate|=terminating ~1 my|our|this ${SERVICE}`,
        match: ['Cancel my subscription, I have had enough.'],
        noMatch: ['Why did you cancel my policy?'],
      },
      {
        id: 'churn.please-cancel-my-service',
        pattern: `please =cancel|=close|=terminate ~3 ${SERVICE}`,
        match: ['Please terminate our subscription at the end of the billing period.'],
        noMatch: ['Please cancel my order, it came twice.'],
      },
      {
        id: 'churn.going-to-cancel',
        pattern:
          'going|gonna|=will|=shall|about|=planning|=plan|=plans|intend|decided|want|wanna ~2 to? cancel|=terminate|=terminating|=leave|=quit',
        // Leaving something somewhere ("leave it on my wish list", "leave the ties hanging") is
        // not leaving the company.
        unless: [
          'automatic',
          // Cancelling a payment, or something being cancelled, is not the customer leaving.
          'auto =pay|=payment|=payments',
          '=autopay',
          '=be|=been|=being =cancelled|=canceled|=terminated',
          '=leave ~3 behind|trail',
          '=leave ~2 on|off|hanging|open|alone|untied',
          // "will leave me with no choice", "plan to leave me with no money"
          '=leave me|us',
          // A contract or a lien that "will terminate" ends by its own terms: quoted contract
          // language, not the customer.
          `${SERVICE}|interest|lien|collateral|coverage|loan =will|=shall`,
        ],
        match: [
          'gonna cancle the whole contract',
          'We will be terminating at the end of the month.',
        ],
        noMatch: [
          'I was going to cancel my contract, but you fixed it.',
          'Going to cancel the booking for Friday, plans changed.',
          'We will have to cancel the rest of the work and be charged more for it.',
          'I am going to cancel the extended warranty on the car.',
          'Still I decided to leave it on my wish list.',
          'I decided to go to terminal E to meet the staff in person.',
          'Failure to comply will leave me with no choice but legal remedies.',
          'I decided to cancel my Amazon transaction five minutes later.',
          'I decided to cancel the auto pay for next month and pay by hand.',
          'Nobody will confirm the duplicate loan will be cancelled.',
          'The money left from the account I had planned, and I cancelled it.',
          'Once the loan is repaid the lien will terminate.',
          'When I make a payment and want to cancel it, the site will not allow me.',
        ],
      },
      {
        id: 'churn.ill-cancel',
        pattern: `i'll|we'll|i'm|we're cancel|terminate|=leaving|=quitting`,
        match: ["We've been a customer for 10 years but this is the final straw, we're leaving."],
        noMatch: [
          "No way I'll cancel, love the service.",
          "We're cancelling the Tuesday delivery, that's all.",
        ],
      },
      {
        id: 'churn.i-am-cancelling',
        pattern: `i|we =am|=are =cancelling|=terminating|=leaving|=quitting`,
        match: [
          'We are cancelling the contract with effect from next month.',
          'I am LEAVING. Final answer.',
        ],
        noMatch: ['I am cancelling the appointment for Thursday, sorry.'],
      },
    ],
  ),
  ...family(
    'churn_threat',
    {
      unless: [
        'to you',
        "you're better",
        'staying',
        // "they switched the loan to a new servicer" is the provider's doing.
        'they|he|she ~2 switch|move|transfer|sold',
      ],
    },
    [
      {
        id: 'churn.not-renew',
        pattern: "not|never|won't|no ~3 renew",
        negation: 'in-pattern',
        match: ['We are not renewing.', 'we wont be renewing in march'],
        noMatch: [
          "We're not renewing with the old insurer, we're moving to you.",
          "Wouldn't dream of not renewing, you've been great.",
        ],
      },
      {
        id: 'churn.not-extending',
        pattern:
          "won't|=not|never ~2 =extend|=extending ~2 it|contract|subscription|membership|agreement|plan|policy",
        negation: 'in-pattern',
        match: ["Our contract ends in March and we won't be extending it."],
        noMatch: ['You have no right to extend such credit to my account.'],
      },
      {
        id: 'churn.switch-to-a',
        pattern: `switch|move|=going|=go|migrate|port|jump|defect|=leave|=leaving|=off ~4 to|for|over|towards (a|an)? another|other|different|rival|competing|new ~1 ${PROVIDER}`,
        // A passenger rebooked on another carrier "to get home" made one trip, not a move.
        unless: ['=sold|=bought|=transferred|=assigned', 'get home|back|there'],
        match: ["I'm off to a different supplier."],
        noMatch: [
          "I nearly switched to another provider last year, glad I didn't.",
          'We had to switch to another airline to get home.',
        ],
      },
      {
        id: 'churn.off-to-a-competitor',
        pattern:
          'switch|move|=going|=go|migrate|jump|defect|=leave|=leaving|=off ~4 to|for a|an|the competitor|rival|competition',
        match: ["If you can't sort this by tonight I'm off to a competitor."],
        noMatch: ['I lost the sale to a competitor, nothing to do with you.'],
      },
      {
        // Comparing prices elsewhere before a renewal: "we've started pricing up other suppliers".
        id: 'churn.pricing-up-alternatives',
        pattern:
          "i|we|i'm|we're|i've|we've ~3 =pricing|=priced|=quoting ~2 alternatives|competitors|rivals|other",
        match: [
          "We've started pricing up other suppliers for next year.",
          "I'm quoting alternatives before the renewal date.",
        ],
        noMatch: ['Your team is pricing up the extra seats for us.'],
      },
      {
        // Business customers leave by tender: "we're putting the contract out to tender".
        id: 'churn.out-to-tender',
        pattern: 'out to =tender|=tenders|=bid',
        // A tender the company won is how it got the business.
        unless: '=won|=win|=awarded|=chose|=selected',
        match: ['The whole account goes out to tender in the spring.'],
        noMatch: ['We won your business when it went out to tender last year, thanks to you.'],
      },
      {
        id: 'churn.running-an-rfq',
        pattern: '=running|=issuing|=issue|=launching|=starting|=opening ~2 =rfq|=rfp|=rfi|=tender',
        unless: 'you|your',
        match: ["We're issuing an RFP for the renewal in May."],
        noMatch: ['Your team is running a tender for new cleaning suppliers, I hear.'],
      },
      {
        id: 'churn.off-your-platform',
        pattern:
          "i'll|we'll|i'm|we're|will|gonna ~2 =off your ~1 =platform|=network|=books|=system|=service|=software|=app",
        match: ["We'll be off your platform by the end of the quarter."],
        noMatch: ['We were knocked off your network during the storm.'],
      },
      {
        id: 'churn.give-work-to-someone-else',
        pattern:
          '=give|=giving|=hand|=handing ~4 =work|=business|=contract|=account|=custom|=lane|=volume ~2 to ~1 someone|somebody|else|elsewhere',
        match: ['At this rate we will give the contract to someone else.'],
        noMatch: ['Please give the account to another agent on your side.'],
      },
      {
        id: 'churn.vote-with-feet',
        pattern: 'vote with ~1 my|our feet',
        match: ["Keep this up and I'll vote with my feet."],
        noMatch: ['Customers vote with their feet, as your rivals found out.'],
      },
      {
        id: 'churn.signed-with-another',
        pattern: "i've|we've|have|just ~2 =signed with",
        unless: 'you|your|=us',
        match: ["We've signed with a new payroll bureau from April."],
        noMatch: ["We've signed with you for another three years."],
      },
      {
        id: 'churn.awarded-elsewhere',
        pattern:
          "we've|we|have ~2 =awarded|=given|=moved ~4 =lanes|=lane|=routes|=route|=contract|=business|=work|=account|=volume to",
        unless: 'you|your',
        match: ['We have awarded the northern routes to another haulier.'],
        noMatch: ['We awarded the contract to you last year.'],
      },
      {
        id: 'churn.probably-goodbye',
        pattern: "it's|probably|that's|so ~2 goodbye",
        match: ["Honestly, after this renewal it's probably goodbye."],
        noMatch: ['Said goodbye to the engineer, lovely man.'],
      },
      {
        // "One more missed collection and we're gone": the last straw, named before it falls.
        id: 'churn.one-more-and-im-off',
        pattern: "one more ~6 and ~1 i'm|we're ~1 =off|=gone|=out|=leaving",
        match: ["One more missed collection and we're gone."],
        noMatch: ["One more question and I'm done, thanks for the help today."],
      },
      {
        // A move that names the relationship: "when the contract is up we're switching to a local firm".
        id: 'churn.moving-to-at-renewal',
        pattern: "we're|we'll|i'm|i'll|we|i ~2 =moving|=switching|=move|=switch ~2 to",
        requires: 'contract|renewal|unless|subscription|instead|provider|supplier',
        match: ["When the contract is up we're switching to a local firm."],
        noMatch: ["We're moving to a bigger office, please update the account address."],
      },
      {
        id: 'churn.contract-is-finished',
        pattern:
          'contract|relationship|partnership|account ~3 with you ~2 =finished|=over|=done|=terminated',
        match: ['If the fleet is not back on the road tomorrow our contract with you is over.'],
        noMatch: ['Once the contract with you is signed we will start.'],
      },
      {
        id: 'churn.have-your-subscription-back',
        pattern: 'you can have|keep your ~1 subscription|account|contract|card|app ~1 back',
        match: ['Fix the sync or you can have your subscription back.'],
        noMatch: ['Can you have your agent call me back?'],
      },
      {
        id: 'churn.not-exercising-renewal',
        pattern: '=not ~2 =exercising|=exercise|=taking ~3 =renew|=renewal|=extension',
        negation: 'in-pattern',
        match: ['We will not be exercising our renewal option in June.'],
        noMatch: ['We are exercising the renewal option, see you next year.'],
      },
      {
        id: 'churn.look-at-other-options',
        pattern:
          "i'll|we'll|will|have|going ~3 look|shop ~2 at|for|around ~1 other|alternative|different ~1 options|providers|suppliers|companies|banks|carriers|insurers",
        match: ["One more outage and we'll have to look at other providers."],
        noMatch: ['The agent said I could look at other options on your own site.'],
      },
      {
        id: 'churn.taking-with-me',
        pattern:
          '=taking|=take ~1 my|our|the ~3 =policies|=accounts|=business|=custom ~1 with me|us',
        match: ["And I'm taking the car and home policies with me."],
        noMatch: ['I am taking the policy documents with me to the meeting.'],
      },
      {
        id: 'churn.goodbye-after-years',
        pattern: 'goodbye|bye ~2 after ~2 years|decades',
        match: ['Goodbye after twelve years, I am done.'],
        noMatch: ['Said goodbye to our rep after the meeting.'],
      },
      {
        id: 'churn.moving-it-elsewhere',
        pattern: '=moving|=move|=moved|=taking ~6 =elsewhere',
        unless: 'house|home|flat|office|desk|furniture|car',
        match: ['Moving the payroll and the card accounts elsewhere from next month.'],
        noMatch: ["We're moving house elsewhere in the county, please change the address."],
      },
      {
        id: 'churn.going-with-another-instead',
        pattern:
          "i'm|we're|i'll|we'll|we|i ~2 =signing|=going|=switching|=moving|=go|=switch|=move ~8 =instead",
        unless: ['pay|paid|payment|call|email|wait|complain', '=should|=would|=could|=might'],
        match: ["We're signing the kids up with a local club instead."],
        noMatch: ["I'll pay by card instead, thanks."],
      },
      {
        id: 'churn.likely-move',
        pattern: "we'll|i'll ~2 =likely|=probably ~1 move|leave|switch|walk",
        match: ["Unless the roadmap changes we'll most likely move."],
        noMatch: ['The engineer will probably move the router to the hall.'],
      },
      {
        id: 'churn.account-goes-to',
        pattern: 'account|business|contract|custom|work ~2 =goes to',
        unless: ['you|your|=us', 'review|collections|audit|approval|legal|finance|committee'],
        match: ['From today the fleet account goes to a rival.'],
        noMatch: ['The account goes to review on Friday.'],
      },
      {
        id: 'churn.take-my-business',
        pattern:
          'take|=took|move ~2 my|our business|custom|money|account|mortgage|savings|pension|spend|catalogue|catalog|listings|inventory|freight|fleet ~2 elsewhere|somewhere|to',
        // Another branch of the same company is still the company; what an agent told the
        // customer they could do is the agent's word ("told me ... I could take my business to
        // another bank").
        unless: ['branch|location', 'told|advised|suggested me|us', '=was|=were =told|=advised'],
        match: ["I'm moving my savings elsewhere."],
        noMatch: [
          'I want to move my mortgage to you from another lender.',
          'They refused to allow me to move my account to another branch closer to home.',
          'The supervisor told me it was legal and I could take my business to another bank.',
        ],
      },
      {
        id: 'churn.go-elsewhere',
        pattern: 'go|look|shop|take =elsewhere',
        // Advice to other readers: "if you want something that hangs nicely, look elsewhere"; the
        // agent's word: "I was told by the rep that I must go elsewhere" (what the customer
        // will do is no "must" or "could").
        unless: [
          '=if =you',
          'that i|we|you ~1 =must|=most|=should|=could|=can|=need|=had ~2 go|look|shop|take =elsewhere',
        ],
        unlessScope: 'sentence',
        match: ["Fix it by Friday or I'll go elsewhere."],
        noMatch: [
          "I'd never go elsewhere, you've been brilliant.",
          'If you wanted something fitted, look elsewhere.',
          'I was told by the representative I spoke with that they had no such plan and that I must go elsewhere.',
        ],
      },
      {
        id: 'churn.evaluate-alternative-competitor',
        // Exact forms: "consider alternations to close the neckline" shares the stem.
        pattern: `evaluate|explore|consider|look|trial|trialling|review ~2 =alternative|=alternatives|competitor`,
        match: ['Our board wants us to evaluate alternative vendors.'],
        noMatch: [
          'I will consider alternations to close the v-neck.',
          "We looked at other options and we're staying with you.",
          'No need to look at other providers now, you sorted it.',
        ],
      },
      {
        id: 'churn.evaluate-other-provider',
        pattern: `evaluate|explore|consider|look|trial|review ~2 other ~1 ${PROVIDER}`,
        match: ["We're looking at other providers now."],
        noMatch: ['I was looking for other items in the store.'],
      },
      {
        id: 'churn.never-fly-again',
        pattern:
          'never ~3 fly|use|buy|purchase|shop|order|book|deal|bank|stay|travel|recommend ~6 again|=ever|anymore',
        negation: 'in-pattern',
        // "I will never be able to buy a home again" is the harm, not a choice; "never buy this
        // again" is the item.
        unless: [
          PRODUCT_LINE,
          'able|afford|qualify|allowed|approved',
          '=buy|=order|=purchase|=buying|=ordering|=purchasing =this|=these|=it|=one again',
        ],
        match: [
          'Never shopping with you again.',
          'I will never book a ticket with Acme Air again.',
          'We will never use that courier company ever.',
          'I would never purchase anything from this company ever again.',
        ],
        noMatch: [
          'Never had a problem, will definitely book again.',
          'I have promised myself to never buy this label again.',
          'I will never be able to buy a home ever again with this score.',
          'Will never buy this again, the fabric pilled after one wash.',
        ],
      },
      {
        // Patronage of a lender or a card issuer: "never get another loan from them again".
        id: 'churn.never-another-from-them',
        pattern: 'never ~2 get|take|open another ~3 from|with',
        negation: 'in-pattern',
        match: [
          'I would NEVER get another loan from them again.',
          'We will never take another contract with you.',
        ],
        noMatch: ['I never got another letter from them.'],
      },
      {
        id: 'churn.thats-the-last',
        pattern:
          "that's|this|=that|=it's ~2 the last time ~2 i|we ~1 ever? will? fly|use|buy|shop|order|book|deal|travel",
        match: [
          "That's the last time I fly with you.",
          'This will be the last time I use them.',
          'this is the last time we ever book with this airline',
        ],
        noMatch: [
          "Hopefully that's the last time we order from the old supplier.",
          'That was the last time slot left so I booked it.',
        ],
      },
      {
        id: 'churn.seen-the-last',
        pattern: 'seen the last of',
        match: ["You've seen the last of me."],
        noMatch: [
          "My dad told the shop they'd seen the last of him.",
          "You haven't seen the last of me, I'm renewing for three years!",
        ],
      },
      {
        id: 'churn.wont-using-you',
        pattern:
          "won't|never ~2 =using|=use|=book|=booking|=order|=ordering|=hire|=hiring ~1 you|your",
        negation: 'in-pattern',
        match: ["We won't be using you for next season's events."],
        noMatch: ["My brother says he won't use you again after his trip."],
      },
      {
        id: 'churn.lose-us-as',
        pattern: 'lose us|me ~2 as a? customer|client|business',
        match: ['Fix this or lose us as a customer.'],
        noMatch: ["You won't lose us as customers, we love the product."],
      },
      {
        id: 'churn.not-continuing-with',
        pattern: "not|won't|=no|longer ~3 continuing|staying|remain ~2 with ~1 you|your",
        negation: 'in-pattern',
        match: ['We will not be continuing with you next year.'],
        noMatch: [
          "We'll be continuing with you for another year, thanks.",
          "We're not continuing with the old bank, we're moving everything over to you.",
        ],
      },
      {
        id: 'churn.not-longer-continuing',
        pattern:
          'not|=no ~2 longer? ~1 continuing ~2 our|my|the|your|this service|contract|subscription|membership|account|agreement',
        negation: 'in-pattern',
        // Not paying to keep an old line is how a number lapsed, not leaving.
        unless: '=pay|=paid to =continue',
        match: ["We've decided not to continue with your service once the current term ends."],
        noMatch: [
          "We're continuing the contract, not cancelling.",
          'The old number may be disconnected, as I did not pay to continue the service on it.',
        ],
      },
      {
        id: 'churn.discontinue-our-service',
        pattern:
          'discontinue ~2 (our|my|the|your|this)? service|contract|subscription|account|membership',
        // Stopping the company's debits or an autopay is not leaving it.
        unless: 'debiting|charging|withdrawing|autopay|auto',
        match: ['We wish to discontinue our service at the end of this billing period.'],
        noMatch: [
          "Please don't discontinue the contract, we rely on it.",
          'Gutted you discontinued the blue model.',
          'I asked that they discontinue debiting my account.',
        ],
      },
      {
        id: 'churn.shopping-around',
        // Exact forms: "a soft look around your neck" and "looks around the bust" are a look.
        pattern: '=shopping|=looking ~1 around',
        // Looking around a store is browsing.
        unless: 'store|popped|retailer|mall|rack',
        match: ["Renewal is coming up and frankly we're shopping around."],
        noMatch: [
          "I'm not shopping around, you've been great.",
          'I popped into the store just to look around.',
          'The hood leaves such a soft look around your neck.',
        ],
      },
      {
        id: 'churn.weighing-our-options',
        pattern: 'weighing|exploring|keeping ~2 our|my options',
        unless: '=was|=were|=had',
        match: ["Honestly we're weighing our options now."],
        noMatch: [
          'We weighed our options and stayed with you.',
          'I was just exploring my options at the time.',
        ],
      },
      {
        id: 'churn.youve-lost-a',
        pattern:
          "you've|you ~2 lost ~1 a|one|another|my|our|this ~1 loyal? customer|client|business",
        match: ['Youve lost a customer.'],
        noMatch: [
          "You've lost a parcel of mine, can you trace it?",
          "You haven't lost a customer, just fix it quickly.",
        ],
      },
      {
        id: 'churn.jump-ship',
        pattern: 'jump ship',
        match: ['Seriously tempted to jump ship.'],
        noMatch: [
          'I almost jumped ship last year, glad I stayed.',
          'We jumped ship from our old provider and came to you.',
        ],
      },
      {
        // An ultimatum: "fix it or we walk", "sort this or I'm leaving".
        id: 'churn.or-we-walk',
        pattern:
          "or i|we|i'm|we're|i'll|we'll ~1 =walk|=leave|=go|=walking|=leaving|=going|=gone ~1 elsewhere?",
        unless: '=go|=going|=leave|=leaving ~1 home|back|out|ahead|through|it',
        match: ["Get the line back today or I'm going elsewhere.", "Sort this out or I'm leaving."],
        noMatch: [
          'Should I wait for the engineer or leave it?',
          'Call me back or I go ahead and reset it?',
        ],
      },
      {
        // Notice given in so many words: "consider this our notice to terminate"; not one
        // received ("a notice of cancellation came").
        id: 'churn.notice-to-terminate',
        pattern:
          'this|my|our|as|=giving|=give ~2 =notice ~2 =terminate|=cancel|=termination|=cancellation|=quit',
        match: [
          'Please treat this email as notice to cancel.',
          'We are giving notice of termination on the fibre contract.',
        ],
        noMatch: ['I never got a notice of cancellation for the old card.'],
      },
      {
        id: 'churn.pull-the-plug',
        pattern: 'pull the plug on',
        match: ['Time to pull the plug on this subscription.'],
        noMatch: ['I pulled the plug out of the router and it came back.'],
      },
      // "moving to Acme when my deal ends": a named rival plus the end of the term.
      {
        id: 'churn.moving-to-when',
        pattern:
          '=moving|=switching|=move|=switch|=going|=porting|=jumping to ~3 when|once|after|at ~2 my|our|the|this ~1 contract|deal|term|renewal|subscription|plan',
        match: ['Probably going to Acme once our contract is up.'],
        noMatch: ["I'm going to the ombudsman.", 'Moving to you once my contract with BT ends.'],
      },
      {
        id: 'churn.port-my-number',
        pattern: 'port ~2 my|our|the number ~1 out|away',
        match: ['I will port my number out next week.'],
        noMatch: ['Please can you port my number in from my old network?'],
      },
      {
        id: 'churn.switch-banks',
        pattern:
          '=switch|=switching|=change|=changing ~1 banks|providers|suppliers|networks|carriers|airlines|insurers',
        // A new bank card number or account details is paperwork.
        // Nor is changing bank accounts, or the process of it, told in a complaint about a lender.
        unless: 'card|number|details|information|info|account|process',
        match: ['Seriously thinking of switching banks over this.'],
        noMatch: [
          'We switched to you from our old bank.',
          'I had to change my bank card number.',
          'I recently went through a process of switching banks and missed a step.',
        ],
      },
      {
        id: 'churn.this-my-last',
        pattern:
          "this|that's|it's|=will|=be|=was ~2 my|our (very)? last|final ~2 flight|order|booking|purchase|year|month|contract|renewal with|from",
        match: [
          'This will be our last year with you.',
          'This was our very last flight with Acme Air.',
        ],
        noMatch: ['This was our last year with the old supplier, glad we moved to you.'],
      },
      {
        id: 'churn.cut-ties',
        pattern: 'cut ties',
        match: ["We're cutting ties with your firm."],
        noMatch: [
          "Put me through to someone with actual authority please, the script answers aren't cutting it.",
          'We cut ties with our old supplier and came to you.',
        ],
      },
      {
        id: 'churn.walk-away-from',
        pattern: 'walk away from you|your',
        match: ["We will walk away from your company if this isn't fixed by Friday."],
        noMatch: ["Honestly I'm this close to walking away.", "I'd never walk away from you guys."],
      },
      {
        id: 'churn.find-another-provider',
        pattern: 'find ~1 another|new|different provider|supplier|bank|carrier|vendor|company',
        match: ['Time to find another provider, honestly.'],
        noMatch: ["Glad we didn't have to find another provider."],
      },
    ],
  ),
  // "reviewing whether to stay with you" names staying only to question it.
  ...family('churn_threat', {}, [
    {
      id: 'churn.reviewing-whether-to',
      pattern:
        'reviewing|considering|deciding|questioning|rethinking|=reconsider whether|if ~1 to? stay|continue|keep|remain ~3 with ~1 you|your',
      match: ["Honestly we're questioning whether to stay with you."],
      noMatch: ["I'm not questioning whether to stay with you, just want the bill fixed."],
    },
  ]),
  ...family(
    'churn_threat',
    {
      unless: ['counter|desk|till|car|door|table|screen|computer', 'from the|it'],
    },
    [
      {
        id: 'churn.walking-away',
        // The customer walks away; "the problem is the walk away" is a view of a skirt.
        pattern: "i|we|i'm|we're|i'll|we'll ~3 =walking|=walk away",
        match: ["Honestly I'm this close to walking away.", "I'm walking away. Cancel everything."],
        noMatch: [
          'Had to walk away from the till because the card reader failed.',
          'The problem is the walk away: from behind, the waist sits too high.',
          "I'm not walking away, just want this sorted.",
        ],
      },
    ],
  ),
  ...family(
    'churn_threat',
    {
      unless: [
        'form|setup|application|sorted|now|here|today|shopping|staying|until|till',
        // "I am done with this process" is exasperation with the matter, not the company.
        'done with ~2 process|situation|issue|matter|dispute|paperwork',
        // "We're all done" is finished; "all I want is to be done with them for good" is not.
        '=all =done',
        'to you',
      ],
    },
    [
      {
        id: 'churn.im-done-with',
        pattern: "i'm|we're done ~1 with? (you|your|this|y'all)?",
        // "I'm done with it" is exasperation with the matter, not the company.
        unless: ['asking|waiting|talking|explaining|paying|here|having', 'done with =it'],
        match: ['Im done with this company.', "We're done. Goodbye."],
        noMatch: [
          "I'm done with the form, what's next?",
          "Great, we're all done here, thanks.",
          "Since I'm done having kids, the waist has to fit.",
          "It has been nothing but back and forth and I'm done with it.",
        ],
      },
      {
        id: 'churn.i-am-done',
        pattern: 'i|we =am|=are done',
        match: ['Consider us gone, we are done.'],
        noMatch: [
          'I am done with the form, thanks.',
          'Block them from my report until I am done following through legally.',
          'I am done with this whole process.',
        ],
      },
      {
        id: 'churn.done-with-you',
        pattern: 'done with your|this ~1 company|service|provider|bank|airline|business|lot',
        match: ['Honestly, done with your company after this.'],
        noMatch: ["Right, that's me done.", 'Done with your form, sent it back.'],
      },
      {
        id: 'churn.done-for-good',
        pattern: 'done with ~3 for good',
        match: [
          'I just want my refund so I can be done with them for good.',
          'After this outage we are done with your broadband for good.',
        ],
        noMatch: ["I'm not done with you for good, just fix the bill."],
      },
      {
        id: 'churn.done-with-you-all',
        pattern: "done with you|y'all|them",
        match: ["I'm so done with you."],
        noMatch: ["The engineer said he'd be done with you by noon."],
      },
    ],
  ),
  // Patronage: the customer will stop flying, shopping, banking or ordering with the company.
  ...family('churn_threat', { unless: ['happen|occur', PRODUCT_LINE] }, [
    {
      id: 'churn.wont-buy-again',
      pattern:
        "won't|=not|never|nor ~4 fly|use|shop|order|buy|purchase|book|=banking|borrow|stay|travel|deal|return|come|=choose|=chose|=select|=pick ~4 again|anymore|future",
      negation: 'in-pattern',
      // "would not hesitate to buy again" recommends; "can not use the service again until the
      // loan is paid" is the company's condition.
      // Not being able to buy again ("I won't be able to buy a house again") is a consequence of
      // the harm, not a choice to leave; "I will not deal with this again" is the matter.
      unless: [
        'hesitate|until',
        '=need|=needing to',
        'able|afford|qualify|allowed|approved',
        // "the company decides that I can not use their services anymore": barred, not leaving.
        "can't|couldn't",
        '=can|=could =not|=never',
        'deal with =this|=that|=it again|anymore',
        // The item itself: "would not buy this again" is the product, not the shop.
        '=buy|=order|=purchase|=buying|=ordering|=purchasing =this|=these|=it|=one again',
      ],
      match: [
        'I will not be ordering from this company again.',
        'wont fly with them anymore',
        'I will not book with them in the future.',
        'In any case I will not choose them again.',
        'I do not use them for credit nor will use them to buy furniture ever again.',
        'I will not borrow from this lender again, not after those fees.',
      ],
      noMatch: [
        "If you fix the app I won't need to order by phone again.",
        'Still I would not hesitate to buy again!',
        'When it did not arrive, I called the bank again.',
        'You can not use the service again until the loan is paid.',
        'With this on my report I will not be able to buy a house again for years.',
        'I will not deal with this again, please just fix the fee.',
        'I would not buy this again, the seams came apart.',
        'i wont order a bathing suit again, too much of a risk.',
        'Now they say I can not use their services anymore because of a photo.',
      ],
    },
    {
      id: 'churn.never-work-with-again',
      pattern:
        "i|we|i'll|we'll|i'm|we're|to ~3 won't|=not|never ~3 =work|=working|=partner|=partnering with ~4 again|anymore",
      negation: 'in-pattern',
      match: [
        'We will never work with your agency again.',
        'All I want is my deposit back and to never work with that app again.',
        "I won't be partnering with this courier anymore.",
      ],
      noMatch: ['The card reader will never work with our till again, the agent said.'],
    },
    {
      id: 'churn.moved-all-accounts',
      pattern:
        "i|we|i've|we've|i'm|we're|and|then|so ~3 =moved|=moving|=transferred|=transferring|=switched|=switching all|everything ~2 =accounts|=business|=banking|=savings|=elsewhere",
      match: [
        'So we moved all our business accounts to a credit union.',
        'I left them for a local bank and transferred all my accounts there.',
        "I'm transferring everything elsewhere once the dispute closes.",
      ],
      noMatch: ['The bank moved all my savings into the new account type without asking.'],
    },
    {
      id: 'churn.never-again',
      pattern: 'never again',
      negation: 'in-pattern',
      match: ['Three hours on the tarmac. Never again.', '#neveragain'],
      noMatch: ['Please make sure this never happens again.'],
    },
    {
      id: 'churn.no-more-in-future',
      pattern: 'no more ~3 in (my|our)? future',
      negation: 'in-pattern',
      match: ['No more Acme flights in my future.'],
      noMatch: ['No more problems since the update.'],
    },
    {
      id: 'churn.stop-flying',
      pattern:
        'stop|=quit|done =flying|=using|=shopping|=ordering|=buying|=banking|=booking|=dealing',
      match: ['This is enough for me to stop flying with you.', "I'm done shopping here."],
      noMatch: ['The app told me to stop using the old card.'],
    },
    {
      id: 'churn.shop-elsewhere-from-now-on',
      pattern: `=flying|=shopping|=ordering|=buying|=banking|=booking ~2 ${ANOTHER}`,
      // A booking that had to be made elsewhere once is the trip ("we ended up booking with
      // another airline").
      unless: '=ended|=end|=had|=have ~1 up|to',
      match: [
        "I guess I'm flying another airline from now on.",
        'We will definitely be flying with alternative airlines in future.',
      ],
      noMatch: [
        'I am using another card for this purchase.',
        'We ended up booking with another airline because the flight was cancelled.',
      ],
    },
    {
      id: 'churn.first-and-last',
      pattern:
        'first|1st ~2 and ~1 (my|our|the)? last ~2 =time|=flight|=trip|=experience|=booking|=order|=purchase|=visit|=stay|=travel|=journey',
      match: [
        'This was my first and last experience with Acme Air.',
        'my 1st time and my last time booking with them',
        'First and last order from this shop.',
      ],
      noMatch: [
        'Please give your first and last name.',
        'The first and last flights were on time.',
      ],
    },
    {
      id: 'churn.first-and-probably-last',
      pattern:
        '=first|=1st ~6 and ~1 probably|definitely|certainly|surely|likely|hopefully my|our last',
      match: [
        'This is my first time flying with them and probably my last.',
        'My first order from this shop and definitely our last.',
      ],
      noMatch: ['My first flight was late and my last one was cancelled.'],
    },
    {
      id: 'churn.wont-see-me-again',
      pattern: "won't|=not|never see ~1 me|us ~2 again|anymore",
      negation: 'in-pattern',
      match: ['You will not see me again, well done.', "You won't see us again."],
      noMatch: ["I'm not sure they'll see me again before Friday, the engineer is booked up."],
    },
    {
      id: 'churn.next-time-another',
      pattern: `next time ~4 =choose|=select|=pick|=try|=use|=fly|=book|=go|=going ~3 ${ANOTHER}`,
      match: [
        'Next time we will select alternative airline.',
        'next time I will choose a different carrier',
        "Next time I'm going with another bank.",
      ],
      noMatch: ['Next time I will choose a different seat.'],
    },
    {
      id: 'churn.rather-use-another',
      pattern: `rather ~5 =use|=using|=fly|=flying|=pay|=book|=go|=switch ~4 ${ANOTHER}`,
      match: [
        "I'd rather pay more using a different airline than go through this again.",
        'I would rather go with another energy company.',
      ],
      noMatch: ['I would rather use a different card for this payment.'],
    },
    {
      id: 'churn.will-avoid-in-future',
      pattern:
        "i'll|we'll|=will|=shall ~2 avoid ~5 future|onwards|forever|again|anytime|whenever|possible",
      match: [
        'We will avoid flying Emirates in the future.',
        "I'll be avoiding your shop in the future.",
        "I'll avoid this airline anytime I find another option.",
      ],
      noMatch: [
        'Avoid this airline in future.',
        'We will avoid the peak hours next time we travel.',
      ],
    },
    {
      id: 'churn.doubt-again',
      pattern: 'doubt ~4 =fly|=book|=use|=travel|=shop|=order|=buy ~4 again',
      match: ['I doubt I would ever book again.', 'I doubt we will order from them again.'],
      noMatch: ["I doubt the bag will be lost again, they've fixed the tag."],
    },
    {
      id: 'churn.may-not-next-time',
      pattern: 'i|we ~1 may|might|=probably not ~3 next time',
      negation: 'in-pattern',
      match: ['I may not next time.'],
      noMatch: ['It may not arrive next time if the address is wrong.'],
    },
    {
      id: 'churn.wont-be-back',
      pattern: "won't|=not|never ~2 be back",
      negation: 'in-pattern',
      unless: 'until|till|tomorrow|later|soon|=in',
      match: ["Won't be back after this."],
      noMatch: ["The manager won't be back until Monday."],
    },
    {
      // The trip just taken named as the last: "the most recent flight will be the last".
      id: 'churn.flight-will-be-the-last',
      pattern:
        'flight|trip|order|stay|visit|booking|purchase|journey ~3 =will be (the|my|our)? last',
      match: [
        'This booking will be our last with your hotel chain.',
        'After the damaged sofa, this order will be the last.',
      ],
      noMatch: ['The next payment will be the last one on the loan.'],
    },
    {
      // Refinancing or leaving "to get away from them".
      id: 'churn.get-away-from-them',
      pattern: '=get|=getting away from =them|=you',
      match: [
        'I am refinancing elsewhere to get away from them and their fees.',
        'We are moving our phones to another network just to get away from you.',
      ],
      noMatch: ['The collector calls every day and I cannot get away from the calls.'],
    },
    {
      // "Would never fly them even if it was free": refused at any price.
      id: 'churn.not-even-if-free',
      pattern:
        "never|not|won't|wouldn't ~2 fly|use|buy|purchase|shop|order|book|travel|bank ~6 even if ~3 free",
      negation: 'in-pattern',
      match: [
        'I would not use that carrier again even if it were free.',
        'We will never book with them again even if the upgrade is free.',
      ],
      noMatch: ['The seat was not great even if the upgrade was free.'],
    },
    {
      // Being rid of the company, not of a charge: "pay in full and be rid of this company".
      id: 'churn.be-rid-of',
      pattern: '=be rid of ~5 company|lender|bank|airline|them|you|people|outfit',
      match: [
        'Once this contract ends we will be rid of this company for good.',
        'I am paying off the balance early to be rid of them.',
      ],
      noMatch: ['I just want to be rid of this late fee on my report.'],
    },
    {
      id: 'churn.dropped-them',
      pattern: '=dropped|=ditched|=dumped them|you',
      match: ['So I dropped them and went elsewhere.'],
      noMatch: ['I dropped off the parcel with them.'],
    },
  ]),
  ...family('neutral_exit', {}, [
    {
      id: 'exit.emigrating',
      pattern: 'emigrating|relocating|retiring|deceased',
      match: ["I'm emigrating to Canada."],
      noMatch: ["We're not relocating, just changing address."],
    },
    {
      id: 'exit.moving-abroad',
      pattern: 'moving abroad|overseas|away|country',
      match: ["Closing the account as we're moving abroad."],
      noMatch: ["I'm moving my savings elsewhere.", "We're not moving abroad after all."],
    },
    {
      id: 'exit.passed-away',
      pattern: 'passed away',
      match: ["Please close my father's account, he passed away in March."],
      noMatch: ['Passed from pillar to post for a week.'],
    },
    {
      id: 'exit.no-longer-need',
      pattern: 'no longer need|require|use',
      negation: 'in-pattern',
      match: ['Please cancel, I no longer need the second line.'],
      noMatch: ['I no longer have the receipt, can you help?'],
    },
    {
      id: 'exit.wont-need-any-more',
      pattern: "won't|don't|=not ~1 need ~5 any more",
      negation: 'in-pattern',
      unless: DONE_HEARING,
      match: ['We do not need the second SIM any more now the kids have phones.'],
      noMatch: ['Fix it so I never need to call you any more than once.'],
    },
    {
      // The same, written as one word.
      id: 'exit.wont-need-anymore',
      pattern: "won't|don't|=not ~1 need ~5 anymore",
      negation: 'in-pattern',
      unless: DONE_HEARING,
      match: ["My daughter has left home, so we don't need the family plan anymore."],
      noMatch: ["I don't need excuses anymore, I need the refund."],
    },
    {
      id: 'exit.nothing-wrong-with',
      pattern: 'nothing wrong with',
      match: ["We're emigrating to Canada next month, nothing wrong with the service."],
      noMatch: ['Something is seriously wrong with my bill.'],
    },
    {
      id: 'exit.closing-business',
      pattern: 'closing ~2 business|shop|company|practice',
      match: ["We're closing the business at the end of June, please cancel everything."],
      noMatch: ["I'd like to close my account please."],
    },
  ]),
  ...family('staying', {}, [
    {
      id: 'staying.im-stay',
      pattern: "i'm|we're|i'll|we'll|=am|=are|=will stay",
      // Staying somewhere ("in the airport hotel", "at my sister's") is not staying a customer.
      unless: '=stay|=staying ~1 in|at|overnight|there|near|until|till|home',
      match: [
        "I was about to cancel my account last month, but the new manager sorted everything and I'm staying.",
      ],
      noMatch: [
        "We're not staying with you after this.",
        "I'm staying in the hotel you put us in and I will never fly with you again.",
      ],
    },
    {
      id: 'staying.changed-my-mind',
      pattern: 'changed my|our mind',
      match: ["Actually I've changed my mind, I'll keep the contract."],
      noMatch: [
        'Cancel the booking for Saturday please, my plans changed.',
        "I haven't changed my mind, I still want to leave.",
      ],
    },
    {
      id: 'staying.not-leaving-now',
      pattern: 'not leaving ~1 now',
      negation: 'in-pattern',
      match: ["Okay, I'm not leaving now."],
      noMatch: ["I'm not leaving a review now, maybe later."],
    },
    {
      id: 'staying.not-leaving-after-all',
      pattern: 'not leaving after all',
      negation: 'in-pattern',
      match: ["Thanks for sorting it, we're not leaving after all."],
      noMatch: ["We're not leaving it there, I still want a refund."],
    },
  ]),
];

export { CHURN_RULES };
