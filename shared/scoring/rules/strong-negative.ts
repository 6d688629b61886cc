import { family } from './rule.js';

// Strong on their own, as the guide lists them; "a joke" and "a disaster" need their article so
// "disaster recovery" and "joke" in jest stay out.
// "Insulting" is left out: said of an offer or a limit ("an insulting $100") it is a measured
// complaint in these letters, not a verdict at the level of "outrageous".
const STRONG =
  'worst|unacceptable|disgusted|disgrace|furious|fuming|livid|appalling|' +
  'appallingly|pathetic|shambles|shambolic|abysmal|atrocious|horrendous|horrific|' +
  'outrageous|scandalous|diabolical|deplorable|despicable|inexcusable|=unforgivable|' +
  'incompetent|woeful|laughable|disastrous|fiasco|farce|travesty|nightmare|' +
  'nightmarish|contempt|criminal|sickening|seething|' +
  'infuriating|enraged|apoplectic|=shameful|=shocking|=ridiculous|hideous|absurd|ludicrous|' +
  'egregious|thugs|terrorizing|terrorising|bogus|worthless|reprehensible|malicious|' +
  'idiots|morons|gaslighting|=gaslit|hellish|preposterous|rudest|=insane|' +
  '=unbearable|inhumane|intolerable|=shabbiest|=filthiest|=dirtiest|' +
  // Verdicts at the same level that the lists above lacked: disgust ("the food was inedible",
  // "the state of the room was vile"), cruelty ("a heartless way to treat a widow") and chaos
  // ("check-out was mayhem", "the refund was a debacle") and contempt ("slimy shysters").
  // Exact forms where the stem reaches everyday words: "hate" of "hateful", "nauseated" (ill) of
  // "nauseating", "callus" of "callous".
  '=hateful|unfathomable|mayhem|monstrosity|inedible|vile|abhorrent|repulsive|abominable|' +
  'heartless|=callous|grotesque|ghastly|heinous|=nauseating|unspeakable|harrowing|' +
  '=dehumanizing|=dehumanising|debacle|slimy|shysters|scumbags';

// Accusing the company of dishonesty is as strong as any adjective.
const ACCUSATION =
  'predatory|deceitful|dishonest|extortion|swindle|cheat|liar|=falsifying|=scamming|' +
  'thievery|=corrupt|immoral|unscrupulous|=extortionate|=dishonorable|=dishonourable';

// Everyday strong-ish words count only when intensified, shouted or exclaimed ("a total mess", not
// "totally messed up", a measured fault).
// Disappointment and frustration stay mild however intensified ("so disappointed"), and so do
// "unprofessional" and "deceptive" even intensified ("very unprofessional", "extremely
// deceptive"): complaint letters use them as measured terms, below the bar of "a scam".
const INTENSIFIABLE =
  'useless|rubbish|hopeless|angry|mad|garbage|trash|joke|disaster|=mess|clowns|crazy|injustice';

// "the worst thing I can say is the icon" or "furious I didn't switch sooner" is praise.
const TRIVIAL = [
  'worst|only ~1 thing|part|complaint|gripe|criticism ~3 say|complain|mention|fault',
  'only complaint|gripe|niggle|criticism|downside',
  "didn't|hadn't|never|not ~4 sooner|earlier|ago|before",
];

// The company as the subject of an accusation ("they stole", "the bank is committing fraud").
const THE_COMPANY = 'you|they|company|bank|lender|servicer';

// A theft by a thief or a scammer, of a wallet or a purse, is not the company's.
const SOMEONE_ELSES_THEFT = 'thief|scammer|someone|wallet|purse';

// A fraud that is an identity thief's: items on a credit file, an alert, the proof sent to a bureau,
// or a seller's fraud the lender is asked to reverse.
const IDENTITY_FRAUD = [
  '=identity|alert|affidavit|proof|inquiry|thief|scammer|seller|merchant|dealer|dealership',
];

// A strong word next to praise is about something else ("damn good", "caught the thieves, thanks").
const PRAISE =
  'good|great|love|amazing|awesome|excellent|best|perfect|beautiful|nice|cute|gorgeous|fun|' +
  'funny|cool|brilliant|thank|legend|hero|superb';

// In complaint letters "best" is rarely praise ("at its best", "in my best interest", "best
// described as"), so the accusations leave it out.
const PRAISE_BUT_BEST = PRAISE.replace('best|', '');

/** Intense evaluative language about the service or experience. */
const STRONG_NEGATIVE_RULES = [
  ...family(
    'strong_negative',
    {
      unless: [
        ...TRIVIAL,
        'worst case|weather|traffic|storm',
        // Identity thieves, penalties in a quoted statute and disaster areas are not the company.
        '=identity|penalty',
        'affected =area|=areas|=zone|=region|=counties|=county',
        // "monetary relief" is a remedy sought; only a disaster's relief or area is not the company.
        'disaster ~1 area|zone|recovery|relief',
      ],
    },
    [
      {
        id: 'strong.worst',
        pattern: STRONG,
        unlessScope: 'sentence',
        // Someone else's temper ("my customer's fuming with me") is not the customer's verdict.
        unless: [
          'customer|client|boss|wife|husband|partner|mum|mom|dad|son|daughter|neighbour|neighbor ~2 =fuming|=furious|=livid',
          "=customer's|=client's|=boss's|=wife's|=husband's|=partner's ~1 =fuming|=furious|=livid",
          // "The worst part is..." ranks the faults it lists; it is not a verdict of its own.
          '=worst =part|=thing|=aspect|=bit',
          // Bracing for the worst is expectation, not a verdict; "worst payment status" is a
          // credit file's field name.
          'prepare|expect|brace|fear ~3 =worst',
          '=worst =payment|=delinquency',
          // "Worst, the account is reported twice" opens a clause as "worse still" does, and
          // "to make things worst" is "worse" misspelt.
          '^ =worst the|all|this|that|they|it|we|he|she',
          'make|made ~2 =worst',
          // Hedged to a degree ("a bit ridiculous on me") it is no longer intense.
          'bit|little|slightly|somewhat|kinda =ridiculous|=absurd|=shocking|laughable|=unacceptable|outrageous|pathetic',
          // A statute's "criminal liability" for usury or a conviction, and a crime only
          // suspected or threatened by someone ("possible criminal activity", "press criminal
          // charges"), accuse nobody.
          'criminal =usury|=conviction|=convictions|=offense|=offence|=violation|=record',
          'possible|potential|press criminal',
          // Hedged ("how they could do this seemed criminal") it is a suspicion.
          'seem|sound ~1 criminal',
          // The criminal who scammed the customer is a third party, not the lender.
          '=scammed|victim ~3 =criminal|=criminals',
          // "In contempt of court" (or of a writ) is a legal term, not the customer's scorn.
          'in contempt of',
          // "civilly and criminally liable", "subject to criminal liability": a statute's
          // penalty recited in a dispute letter, not a verdict on the conduct.
          'civil|civilly and|or criminal',
          'criminal or civil|civilly',
          'criminal =liable|=liability',
          // Heat, pain or prices that are unbearable are not the company's doing.
          '=heat|=pain|=inflation|=humidity',
        ],
        match: [
          'Absolutely appalling, the engineer never showed.',
          "Honestly the worst broadband I've ever paid for.",
          'The changing rooms at the gym were vile and nobody cleaned them all week.',
          'Cutting off a pensioner in a heatwave is heartless.',
        ],
        noMatch: [
          'Not the worst, just slow.',
          'The hotel chef did an incredible job with the wedding cake.',
          'My old provider was shocking, you lot are great.',
          'My boss is furious with me, can you resend the invoice?',
          "My client's livid with me, when will the parcel arrive?",
          'The worst part is that nobody told us the price had gone up.',
          'I was prepared for the worst, but check-in was quick and the crew were lovely.',
          'Worst, the same late payment is reported twice on my file.',
          'These look a bit ridiculous on me, they run very large.',
          'The statute sets a criminal usury cap of 60 percent a year.',
          'Under that section the lender is civilly and criminally liable.',
          'I was scammed by a criminal who opened a loan in my name.',
        ],
      },
      {
        id: 'strong.a-joke',
        pattern:
          'a|an|total|complete|absolute|utter (serious|real|sick|cruel|bad)? joke|disaster|con|scam',
        // A scam the customer found out they fell for ("it became clear that it was a scam") is
        // someone else's: the story of a fraud the company is asked to help with.
        unless: [
          'victim|involved ~4 scam',
          'clear|obvious|confirm|realize|realise|discover|=turned ~3 it|this ~2 =was|be ~2 scam',
          // Someone making or telling a joke is being funny.
          '=made|=make|=making|=makes|=told|=tell|=telling|=cracked a joke',
          // A suspicion said as a possibility or an impression ("this could be a scam", "this
          // seems like a scam", "I would think this is a scam") accuses nobody yet.
          'could|might|may|would|seem|sound ~4 scam',
          // Unsure ("potentially a scam", "I'm afraid this site is a scam", "either a scam or
          // ..."), it is still a suspicion.
          'potentially|possibly|probably|maybe|perhaps|either|afraid ~4 scam',
          // A scam artist or a scam site that fooled the customer is a third party.
          'scam =artist|=artists|=site|=sites|=website|=caller|=callers',
        ],
        match: [
          'Your app is a complete joke.',
          'A serious joke, the buttons fell off.',
          'I realized this company is a scam.',
        ],
        noMatch: [
          'It was not a disaster at all.',
          'I told the caller this could be a scam and asked for a letter instead.',
          'I think potentially this is a scam, but I have no proof yet.',
          'The seller turned out to be a scam artist using a stolen name.',
          'This seemed like a scam, so I stopped paying for a while.',
          'Eventually it became clear that it was a scam, and I called the bank.',
          'I was the victim of a scam and the bank would not help.',
          'The workers asked him about the cash, to which he made a joke.',
        ],
      },
      {
        id: 'strong.beyond-a-joke',
        pattern: 'beyond a joke',
        match: ['This is beyond a joke now.'],
        noMatch: [
          "Honestly can't fault the team, they went above and beyond when our hub went offline in spring.",
        ],
      },
      {
        id: 'strong.rip-off',
        pattern: 'rip (me|us|people|customers|everyone|them)? off',
        match: [
          'I feel that I am being ripped off by this company.',
          'They have tried to rip me off so many times.',
        ],
        noMatch: ['Rip the tag off before you wash it.'],
      },
      {
        id: 'strong.ripoff',
        pattern: 'ripoff',
        match: ['Total ripoff, never again.'],
        noMatch: ['Not a ripoff at all for the price.'],
      },
      {
        id: 'strong.daylight-robbery',
        pattern: 'daylight|highway robbery',
        match: [
          '£50 for a router is daylight robbery.',
          'Charging 400% on a small loan is highway robbery.',
        ],
        noMatch: ['Not daylight robbery at all, fair price.'],
      },
      {
        id: 'strong.never-been-so',
        pattern: 'never been so|more ~3 disappointed|angry|insulted|upset|frustrated',
        negation: 'in-pattern',
        match: ['I have never been so disappointed by a company.'],
        noMatch: ['Never been so impressed, thank you!'],
      },
      {
        id: 'strong.never-treated-so-badly',
        pattern:
          'never ~2 =treated|=spoken|=experienced|=encountered ~2 so|this|as|such ~1 poorly|badly|rudely|horribly|disrespectfully|unprofessional',
        negation: 'in-pattern',
        match: [
          'I have never been treated so poorly by a lender in my life.',
          'We have never been spoken to so rudely by any airline.',
          'I have never encountered such unprofessional staff anywhere.',
        ],
        noMatch: ['I was treated poorly once, years ago, by another bank.'],
      },
      {
        id: 'strong.never-been-so-let-down',
        pattern: 'never been so|more ~2 let down',
        negation: 'in-pattern',
        match: ['I have never been so let down by a company.'],
        noMatch: ['Never been so looked after, thank you!'],
      },
      {
        id: 'strong.sick-to-death',
        pattern: 'sick to death',
        match: ['Sick to death of your excuses.'],
        noMatch: ['Sick and tired of chasing you lot.'],
      },
      {
        id: 'strong.how-dare-you',
        pattern: 'how dare you',
        match: ['How dare you charge me twice!'],
        noMatch: ['My husband was yelling how dare you at the football.'],
      },
      {
        // Wishing the company closed down: "this company should be shut down".
        id: 'strong.shut-down',
        pattern: 'should|need|ought (to)? be|go|put ~2 shut|out ~1 down|business',
        unless: 'account|card|computer|phone|app|router',
        match: [
          'This company should be shut down for good.',
          'They need to go out of business for what they do to people.',
        ],
        noMatch: ['My old account should be shut down now that I have moved it.'],
      },
    ],
  ),
  // Strong enough on their own about a service, but also everyday words for the weather.
  ...family(
    'strong_negative',
    {
      // The weather, an illness or an identity thief are not the company.
      unless: [
        ...TRIVIAL,
        'weather|traffic|storm|rain|snow|wind|flu|cold|headache|theft|thief',
        // An awful experience with another bank is about that one, not the company.
        'with|at|from another|other|previous|former bank|lender|company|airline|provider|carrier',
      ],
    },
    [
      {
        id: 'strong.terrible',
        pattern: '=terrible|=awful|=horrible|=dreadful|=horrid|=horrendous',
        match: ['Terrible service from start to finish.'],
        noMatch: [
          'The weather was terrible but the hotel was fine.',
          'Please block the account so I can get through this horrible identity theft.',
          'I came to you after an awful experience with another bank.',
        ],
      },
      {
        id: 'strong.horribly',
        // "terribly" is left out: it mostly intensifies mild words ("terribly sorry").
        pattern: '=horribly|=awfully|=dreadfully|=horrendously|=atrociously',
        unless: [PRAISE, 'sorry|kind|sweet|soft|comfy|comfortable|pretty|flattering'],
        match: ['Horribly scratchy fabric.', 'This dress fits awfully.'],
        noMatch: ['Awfully kind of you to refund me.', 'It is awfully pretty on.'],
      },
    ],
  ),
  ...family(
    'strong_negative',
    {
      intense: true,
      unless: TRIVIAL,
    },
    [
      {
        id: 'strong.intensified',
        pattern: INTENSIFIABLE,
        // "shrunk like crazy" is a lot, "she got really angry" someone else's temper, and "I'm
        // really hopeless" the customer's despair rather than a verdict on the service.
        unless: [
          'like crazy',
          'she|he|they ~5 angry|mad',
          "i|i'm|me|feel ~2 hopeless",
          // "DOH to MAD" is an airport code in capitals; a victim of identity theft is angry at
          // the thief.
          'to|from|via =mad',
          'identity|victim',
        ],
        match: ['This app is absolutely useless.', 'SO ANGRY right now, again no engineer'],
        noMatch: [
          "It's a bit of a mess but nothing serious.",
          'Shrunk like crazy!',
          'She got really angry and told me I would be sued.',
          'The crew on the leg from DOH to MAD were lovely.',
          'I was so angry to learn I was a victim of a thief who opened cards in my name.',
        ],
      },
    ],
  ),
  // "an alleged fraud or extortion" in a dispute template accuses nobody.
  // A statute quoted in full ("prohibits ... false, deceptive, or misleading representations")
  // accuses nobody, whichever clause the word falls in, and neither does the statute's "unfair
  // and deceptive" (UDAAP), said calmly in dispute letters.
  ...family(
    'strong_negative',
    {
      unless: [
        ...TRIVIAL,
        PRAISE_BUT_BEST,
        'alleged|allegedly',
        'prohibits|section|statute',
        'udaap',
        // Hedged ("the interest seems predatory", "if the loan is deemed predatory") it is no
        // accusation yet.
        'seem|considered|deemed|potential|possible ~2 predatory',
        // The customer called a liar by the company ("basically calling me a liar") is no
        // accusation the customer makes.
        'call|imply|treated ~3 =liar',
        "am|i'm a? =liar",
      ],
      unlessScope: 'sentence',
    },
    [
      {
        id: 'strong.accusation',
        pattern: ACCUSATION,
        match: [
          'This is a predatory company.',
          'They cheated me out of my refund.',
          'Your sales pitch was clearly dishonest.',
        ],
        noMatch: [
          'Great work by your fraud team catching the thieves.',
          'This section prohibits collectors from using false, deceptive, or misleading statements.',
          'The interest on the loan seems predatory to me.',
          'The agent was basically calling me a liar about the payment date.',
          'Please look into them to protect people from potential predatory lending.',
        ],
      },
    ],
  ),
  ...family('strong_negative', { unless: [...TRIVIAL, PRAISE_BUT_BEST, 'alleged|allegedly'] }, [
    {
      id: 'strong.biggest-scam',
      pattern: 'biggest|largest ~1 scam|joke|disaster|fraud|ripoff',
      match: ['This is the largest scam in consumer lending.'],
      noMatch: ['The biggest con of this dress is the length, otherwise lovely.'],
    },
    {
      id: 'strong.bunch-of-crooks',
      pattern:
        'bunch|load|pack|pile of ~1 bull|crooks|clowns|idiots|thieves|liars|amateurs|cowboys|garbage|rubbish|lies|crap',
      match: [
        'What a bunch of bull.',
        'You are a bunch of cowboys.',
        'Their explanation is a load of garbage.',
      ],
      noMatch: ['I bought a bunch of flowers with the voucher.', 'A load of washing shrank.'],
    },
    {
      id: 'strong.out-of-line',
      pattern: 'is|are|=company|=bank ~1 out of line|control',
      match: ['Equifax is out of line.', 'This company is out of control.'],
      noMatch: ['The printer is out of paper again.'],
    },
    {
      id: 'strong.you-are-crooks',
      pattern: `${THE_COMPANY} ~3 scammer|crook|thieves|liar|fraudster|criminals|=frauds`,
      match: ['You people are crooks.', 'This bank are nothing but thieves.'],
      noMatch: ['The thieves who stole my card were caught, thanks to you.'],
    },
    {
      // "Not acceptable to me" (or "for me", "to treat ...") is the measured wording of a
      // dispute letter; intensified, or said flatly of the thing itself ("This is not
      // acceptable."), it is "unacceptable".
      id: 'strong.not-acceptable',
      pattern:
        'absolutely|totally|completely|simply|just|entirely|utterly|certainly|definitely|is ~1 not|never ~1 =acceptable',
      negation: 'in-pattern',
      unless: '=acceptable to|for',
      match: [
        'This is absolutely not acceptable.',
        'That is simply not acceptable!',
        'Charging me twice for one order is not acceptable.',
      ],
      noMatch: [
        'Is a delivery on Monday acceptable?',
        'This outcome is not acceptable to me.',
        'A callback was not acceptable, so I waited on hold.',
      ],
    },
    {
      id: 'strong.not-tolerated',
      pattern: "not|never|won't ~2 be? =tolerated",
      negation: 'in-pattern',
      match: [
        'Being locked out for a week can not be tolerated.',
        'Rudeness like that from your driver will not be tolerated.',
      ],
      noMatch: ['Smoking is tolerated on the balcony only.'],
    },
    {
      id: 'strong.they-lied',
      // Not "he" or "she": often the thief, the ex or the other lender. The bare present "lie"
      // is left out: "these gyms all lie to get you signed up" speaks of a trade in general;
      // "lied" and "lying" tell what was done to the customer.
      pattern:
        'you|they|agent|rep|representative|staff|employee|salesman|salesperson|bank|company|bureau|lender|servicer|collector|=been|=had|=has|=have ~2 =lied|=lying',
      match: [
        'They lied to me about the fee.',
        'Your agent is lying to customers.',
        'I had been lied to by your branch.',
        'Your representative lied to me about the rate.',
      ],
      noMatch: ['I lied down for a bit while I waited.'],
    },
    {
      // Dishonest conduct named as such; "fraudulent charges" or "fraudulent accounts" are
      // usually an identity thief's.
      id: 'strong.fraudulent-practice',
      pattern:
        'fraudulent|unethical|shady|scam ~1 practice|behavior|behaviour|scheme|=conduct|tactics|business|company|lending|advertising|way|means|manner|appraisal|=interest|contract|action',
      match: [
        'This is a fraudulent practice by TransUnion.',
        'They use shady tactics.',
        'Charging for cancelled subscriptions is an unethical business.',
        'I feel like this is a very shady company.',
        'This is fraudulent advertising and nothing else.',
        'That being said, I want to report your shady business practices of the last year.',
        'It seems like a fraudulent way to do business.',
        "That's just the beginning of dealing with this scam company.",
        'The lender made me sign a fraudulent contract.',
        'Charging me again after the payoff is a fraudulent action.',
      ],
      noMatch: [
        'There are fraudulent charges on my card from a stolen wallet.',
        'I noticed fraudulent activity on my credit report.',
      ],
    },
    {
      id: 'strong.scammed-into',
      pattern: '=scammed|=conned ~2 into',
      match: [
        'I was scammed into using this company.',
        'All the debt they conned us into.',
        'Your sales rep conned me into a two-year contract.',
      ],
      noMatch: ['I was talked into the upgrade by a friendly agent.'],
    },
    {
      id: 'strong.con-artists',
      pattern: `${THE_COMPANY}|=is|=are|=full ~3 con =artists|=artist|=men`,
      match: ['Your sales team are con artists.', 'This lender is a bunch of con men.'],
      noMatch: ['The con artists who called me were not from the bank, they said.'],
    },
    {
      // The company named as the one stealing ("they have stolen $1500 from me"); a thief's
      // theft of a card or an identity is not the company's.
      id: 'strong.they-stole',
      pattern: `${THE_COMPANY} ~2 =stolen|=stole|=steal|=stealing`,
      // "they were a steal of a deal" is a bargain.
      unless: [`${SOMEONE_ELSES_THEFT}|identity|card|information`, 'deal|bargain|price|sale'],
      match: [
        'You are stealing from your own customers with these renewal fees.',
        'They have stolen $1500 from me and will not return it.',
      ],
      noMatch: [
        'They stole my card details at a gas station, not your fault.',
        'I got these because they were a steal of a deal in the sale.',
      ],
    },
    {
      // Fraud said of the company itself: "they are being fraudulent", "you committed fraud".
      id: 'strong.they-are-fraudulent',
      pattern: 'they|you ~1 are|were|=being ~1 fraudulent',
      // Items on a credit file said to be fraudulent ("I did not open these accounts and I
      // believe they are fraudulent") are a thief's, not the company's conduct.
      unless: [
        '=inquiries|=accounts|=charges|=transactions|=items|=entries|=debts',
        'believe|think ~1 they',
      ],
      unlessScope: 'sentence',
      match: [
        'You were fraudulent about the interest rate from day one.',
        'They are being fraudulent with my account.',
      ],
      noMatch: [
        'The charges they are disputing are fraudulent, thank you for your help.',
        'I did not initiate these inquiries, and I believe they are fraudulent.',
      ],
    },
    {
      // The company's own conduct called fraudulent: "keeps fraudulently increasing the balance".
      id: 'strong.fraudulently-doing',
      pattern:
        '=fraudulently ~1 =increasing|=reporting|=charging|=billing|=adding|=raising|=debiting|=withdrawing|=collecting|=reaging|=misrepresenting|=took|=taking|=accessed|=claiming',
      unless: `${SOMEONE_ELSES_THEFT}|hacker|fraudster`,
      match: [
        'World Finance keeps reaging this account and fraudulently increasing the balance.',
        'The gym was fraudulently billing my card after I cancelled.',
        'Then the app fraudulently took $110 from my suspended account.',
      ],
      noMatch: ['Someone was fraudulently charging my card before I froze it.'],
    },
    {
      id: 'strong.complete-fraud',
      pattern: '=complete|=total|=absolute|=utter|=blatant fraud|sham',
      match: [
        'This company is a complete fraud and trying to take advantage.',
        'Your so-called unlimited plan is a total sham.',
      ],
      noMatch: ['I filed a fraud claim and the bank refunded it in full.'],
    },
    {
      // Theft, abuse or harassment named outright: "this is just theft", "absolute abuse".
      id: 'strong.outright-theft',
      pattern:
        'just|essentially|basically|outright|attempted|blatant|pure|plain|absolute|total|utter|complete (consumer)? theft|=stealing|robbery|=abuse|=harassment|=harrassment',
      unless: `${SOMEONE_ELSES_THEFT}|=identity`,
      match: [
        'Charging me after I cancelled is just theft.',
        'Calling me at work every day is absolute abuse.',
      ],
      noMatch: ['There was an attempted theft of my identity and the bank blocked it.'],
    },
    {
      // The customer's own verdict on what was done to them: "This is fraud.", "which
      // constitutes fraud and theft". Present tense only: "it was fraud" and "a fraudulent
      // inquiry" mostly tell of an identity thief, and so do sentences about an identity, an
      // alert, an affidavit or proof for a bureau, or a seller's fraud the lender is asked about.
      id: 'strong.this-is-fraud',
      pattern:
        'this|that|it|which (also|clearly|simply|definitely|plainly)? is|=constitutes =fraud|fraudulent|theft|=stealing|robbery|=abuse|gouging|extortion',
      unless: IDENTITY_FRAUD,
      unlessScope: 'sentence',
      match: [
        'They took the payment twice and refuse to return it. This is fraud.',
        'Charging interest on a balance I already paid, which constitutes fraud and theft.',
        'They kept my deposit after I closed. This also constitutes fraud.',
        'Charging $300 to pay off early, this is gouging.',
      ],
      noMatch: [
        'I did not open this account, this is fraud and identity theft.',
        'I have attached the police report as proof this is fraud.',
        'Someone used my card and it was fraud.',
      ],
    },
    {
      // The contracted spelling of the same verdict: "It's fraud and theft."
      id: 'strong.its-fraud',
      pattern: "it's|that's =fraud|fraudulent|theft|=stealing|robbery",
      unless: IDENTITY_FRAUD,
      unlessScope: 'sentence',
      match: [
        "They never credited my payments. It's fraud and theft.",
        "They billed me for a line I never had, that's fraud.",
      ],
      noMatch: ["It's fraud on my report from a stolen identity, please block it."],
    },
    {
      // Being defrauded, said of the company ("they defrauded me", "been frauded by this
      // company"); a scammer's or a seller's defrauding is someone else's.
      id: 'strong.defrauded',
      pattern: 'defraud|=frauded|=frauding',
      unless: `${SOMEONE_ELSES_THEFT}|seller|person|fraudster`,
      match: [
        'This lender defrauded me out of my deposit.',
        'I have been frauded by this company.',
      ],
      noMatch: ['The person selling the tickets was defrauding me, not the bank.'],
    },
    {
      // The customer's own sense of being cheated: "I feel scammed", "I feel like we were
      // robbed".
      id: 'strong.feel-scammed',
      pattern: 'feel|felt ~3 =scammed|=cheated|=robbed|=conned',
      match: ['After all those fees I feel scammed.', 'I feel like we were robbed by this bank.'],
      noMatch: ['I feel better now the refund has arrived.'],
    },
    {
      // Two accusations stacked ("deceptive and illegal", "fraudulent and deceptive practices",
      // "unfair and fraudulent") are no statute's measured pair; "unfair and deceptive" and
      // "unfair, deceptive, and abusive" are, and stay out.
      id: 'strong.deceptive-and-illegal',
      pattern:
        'deceptive|illegal|fraudulent|devious|dishonest|predatory|abusive|unethical|unfair and deceptive|illegal|fraudulent|devious|dishonest|predatory|unethical|deceitful',
      unless: [...IDENTITY_FRAUD, 'unfair and deceptive'],
      unlessScope: 'sentence',
      match: [
        'The monthly fee on this prepaid card seems deceptive and illegal.',
        'They never answered for their fraudulent and deceptive business practices.',
        'This practice of lowering limits is unfair and fraudulent.',
      ],
      noMatch: [
        'The law prohibits unfair, deceptive, and abusive acts and practices.',
        'I believe the late fee was unfair and deceptive.',
        'There are fraudulent and illegal inquiries on my report from an identity thief.',
      ],
    },
    {
      id: 'strong.loan-sharks',
      pattern: 'loan =shark|=sharks|=sharking',
      match: [
        'These loan sharks target people who are suffering.',
        'Charging 300% interest makes you nothing but loan sharks.',
        'There is a word for this and it is loan sharking.',
      ],
      noMatch: ['I took a loan to pay for the shark tank tickets.'],
    },
    {
      // The same insult as an adjective: "shark lenders", "a shark tactic".
      id: 'strong.shark-lender',
      pattern: 'shark ~1 lender|tactic|lend',
      match: [
        'Protect consumers from these shark lenders.',
        'That is a shark tactic if ever I saw one.',
      ],
      noMatch: ['The loan paid for our shark tank tickets.'],
    },
    {
      // The company committing fraud or acting fraudulently.
      id: 'strong.committing-fraud',
      pattern: `${THE_COMPANY} ~2 =committing|=committed|=performed|=performing|=acted|=acting|=behaved|=operating|=operates (bank|securities|wire|mail)? fraud|=fraudulently`,
      match: [
        'This company is openly committing fraud with hidden fees.',
        'The bank is committing fraud with my card.',
        'They performed fraud and I will be reporting this to the FTC.',
        'We believe Comenity Bank acted fraudulently in this matter.',
        'They are operating fraudulently by selling flights that do not exist.',
        'The bank is committing bank fraud by moving my payments around.',
      ],
      noMatch: [
        'Someone committed fraud with my card and the bank caught it.',
        'Someone acted fraudulently with my card and the bank caught it.',
      ],
    },
    {
      // Treatment said to be fit for an animal or an offender: "treated like dirt".
      id: 'strong.treated-like',
      pattern: 'treat ~2 like (a|an)? dog|dirt|criminal|garbage|trash|animal|cattle|slave',
      match: [
        'At the desk we were treated like dirt.',
        'The call centre treats customers like cattle.',
      ],
      noMatch: ['The crew treated us like family, thank you.'],
    },
    {
      // A superlative of a bad experience ("the most unpleasant experience", "the least
      // flattering dress ever") ranks it with "the worst"; "most helpful" is praise.
      id: 'strong.most-unpleasant',
      pattern:
        'most|least =unpleasant|painful|uncomfortable|unprofessional|=humiliating|inept|=stressful|flattering|helpful',
      unless: 'most =flattering|=helpful',
      match: [
        'I have had the most unpleasant experience with your check-in staff.',
        'This has been the most painful process and company to deal with.',
        'Least flattering jumpsuit ever.',
      ],
      noMatch: [
        'The most comfortable seat I have flown in.',
        'The most helpful agent I have spoken to.',
        'At least she was helpful.',
      ],
    },
    {
      // Lying said emphatically or as a habit: "blatantly lied", "they keep lying to me", "a
      // bold-faced lie".
      id: 'strong.blatantly-lied',
      pattern:
        'blatantly|clearly|openly|outright|bold|bald|barefaced|kept|keep|continue ~2 =lied|=lying|=lie|=lies',
      // Lying in bed, or an ex who kept lying, are no accusation of the company.
      unless: ['awake|bed|down|flat|=floor', 'ex|husband|wife|boyfriend|girlfriend|thief|scammer'],
      match: [
        'The agent blatantly lied about the fee.',
        'You continue to lie to me about the balance.',
        'That is a bold-faced lie, I never missed a payment.',
      ],
      noMatch: ['I keep lying awake worrying about the loan.'],
    },
    {
      // Money taken as if by right: "they are simply taking my money for themselves".
      id: 'strong.taking-my-money',
      pattern:
        'just|simply|literally|basically|essentially|are|been =taking my|our|your|people|customers money|funds',
      match: [
        'They are simply taking my money for themselves.',
        'They have only been taking my money for interest and made-up fees.',
      ],
      noMatch: ['They just kept taking my payments late, so I moved the due date.'],
    },
    {
      // Staff treatment at its worst: "the most degrading and disrespectful manner I have ever
      // received".
      id: 'strong.most-disrespectful',
      pattern: 'most ~2 rude|disrespectful|degrading|condescending|unhelpful ~8 =ever',
      match: [
        'Your driver was the most condescending person I have ever dealt with.',
        'It was the most degrading and disrespectful manner I have ever received.',
      ],
      noMatch: ['The most helpful agent I have ever spoken to.'],
    },
    {
      // Taking the customer's money or data, said as theft; a thief's or scammer's is not the
      // company's ("stole my identity" is nearly always a thief's, so "stole" is left out).
      id: 'strong.robbing-me',
      pattern: '=robbing|=robbed|=steals (from)? me|us|my|our|all',
      unless: `${SOMEONE_ELSES_THEFT}|fraudster|somebody|he|she`,
      match: [
        "They've been robbing me each month for the last 6 months.",
        'Upgrade steals all the information from my checking account.',
        'Charging me twice a month is robbing us blind.',
      ],
      noMatch: ['Someone stole my wallet and used the card.'],
    },
    {
      id: 'strong.enrich-themselves',
      pattern: 'enrich ~2 themselves|itself',
      match: [
        'They delay the escrow payments to enrich themselves.',
        'Your airline pads its fares to enrich itself.',
      ],
      noMatch: ['Please help me enrich my credit file with the missing payments.'],
    },
    {
      id: 'strong.preying-on',
      pattern: '=preying|=prey|=preys on',
      match: [
        'They are preying on veterans with these loans.',
        'Your app is preying on kids with those loot boxes.',
      ],
      noMatch: ['I am not saying they prey on anyone, just that the fee is high.'],
    },
    {
      id: 'strong.a-lie',
      pattern: 'is|are|was|were|complete|total|outright|blatant a? =lie|=lies',
      // What a hacker or a thief claimed is their lie, not the company's.
      unless: `${SOMEONE_ELSES_THEFT}|hacker`,
      match: ['This statement is a lie.', 'Their letters are complete lies.'],
      noMatch: ['The truth is I lie awake worrying about my balance.'],
    },
    {
      id: 'strong.ruining-my-life',
      pattern: 'ruin|destroy ~3 my|our life|lives|family',
      // Exact forms: "personal" shares the stem of "person".
      unless:
        '=person|=persons|thief|theft|fraudster|ex|=man|=woman|boyfriend|girlfriend|husband|wife',
      match: [
        'This is ruining my life.',
        'Your errors have destroyed our lives.',
        'Your errors on my personal loan are ruining my life.',
      ],
      noMatch: [
        'The rain ruined my shoes on the way to the branch.',
        'The person who stole my identity ruined my life.',
      ],
    },
    {
      id: 'strong.bait-and-switch',
      pattern: 'bait and switch',
      match: ['Classic bait and switch on the promo rate.'],
      noMatch: ['The bait shop switched suppliers.'],
    },
    {
      // The customer's money said to be stolen, whoever is named ("Affirm is stealing my
      // money", "they are crooks and stole my money"); a thief's or a hacker's is not the company's.
      id: 'strong.stealing-money',
      pattern: '=stole|=stealing|=steal|=steals (my|our|people|customers) (hard)? ~1 money|funds',
      unless: `${SOMEONE_ELSES_THEFT}|hacker|fraudster|somebody|he|she`,
      match: [
        'I do not understand how the lender is stealing my money with no consequences.',
        'They never credited the payments and stole my money.',
      ],
      noMatch: ['Someone stole my money from the account and the bank refunded it.'],
    },
    {
      // The company as the one who scammed: "they scammed me", "your agent conned us"; a
      // scammer's, a hacker's or a seller's scam is someone else's.
      id: 'strong.they-scammed-me',
      pattern: '=scammed|=conned me|us|them|customers|consumers|people|borrowers',
      unless: `${SOMEONE_ELSES_THEFT}|hacker|fraudster|seller|merchant|=person|caller|dealer|dealership|installer|=man|=woman|=guy|=online`,
      match: [
        'They added triple interest and fees. They scammed me.',
        'Your agent conned us into paying twice.',
        'The gym scammed us with a free trial that never ended.',
      ],
      noMatch: ['The caller who scammed me was not from the bank, they said.'],
    },
    {
      // The customer's own judgement that it is fraud: "I consider this fraud", "I deem it
      // theft".
      id: 'strong.consider-fraud',
      pattern: 'consider|deem this|it|that (to)? (be)? =fraud|fraudulent|theft|=stealing',
      unless: IDENTITY_FRAUD,
      match: [
        'Fees keep landing on an account I closed in June, and I consider this fraud.',
        'I deem it theft to keep my deposit.',
        'The airline kept the fare for a flight it cancelled, and I consider that stealing.',
      ],
      noMatch: ['Please consider this fraud alert on my identity when you review the file.'],
    },
    {
      // A verdict of one word opening a sentence: "LIES!", "Lies since March".
      id: 'strong.lies-fragment',
      pattern: '^ =lies',
      match: [
        'They said it would fall off my report. LIES!',
        'Lies since March, and still no refund.',
      ],
      noMatch: ['The problem lies with the servicer, not the bank.'],
    },
    {
      // Fraud said of the company with a degree: "very fraudulent", "clearly fraudulent"; an
      // account, an inquiry or a charge said to be fraudulent is usually an identity thief's.
      id: 'strong.very-fraudulent',
      pattern:
        'very|extremely|clearly|blatantly|totally|completely|entirely|highly|so|absolutely =fraudulent',
      unless: [
        ...IDENTITY_FRAUD,
        '=account|=accounts|=inquiry|=inquiries|=charge|=charges|=transaction|=transactions|=activity',
        // Disowned ("it is not mine", "I never authorized it"): a thief's.
        'mine|=authorized|=authorize',
      ],
      unlessScope: 'sentence',
      match: [
        'Hidden fees on every statement. Very fraudulent.',
        'Billing me for a phone plan I cancelled in spring is completely fraudulent.',
        'Their claim that I owe them for a second year is entirely fraudulent.',
      ],
      noMatch: [
        'I never opened it, so this account is clearly fraudulent.',
        'Please delete this card from my file, it was never mine and is entirely fraudulent.',
      ],
    },
    {
      // Indignation at what was done: "It is unbelievable that the lender ignores a death".
      id: 'strong.unbelievable-that',
      pattern: '=unbelievable that',
      match: [
        'It is unbelievable that the lender ignores a death in the family.',
        'It is unbelievable that a lender takes the money I set aside for food.',
        'Unbelievable that the hotel charged the cleaning fee twice.',
      ],
      noMatch: ['The view from the window was unbelievable, what a flight.'],
    },
    {
      // Scammed by the lender named as the one who did it ("I got scammed by the loan company");
      // a person, a caller or a seller who scammed the customer is someone else.
      id: 'strong.scammed-by',
      pattern: '=scammed|=conned by',
      unless:
        '=person|=criminal|=criminals|seller|merchant|dealer|dealership|=someone|=individual|caller|fraudster|scammer|thief|=man|=woman|=guy|=online|=email|=text|installer',
      match: [
        'I got scammed by the loan company.',
        'At this point I know I was conned by this bank.',
      ],
      noMatch: ['I was scammed by a person online and the bank would not reverse it.'],
    },
    {
      // The company called a fraud outright: "this company is a fraud", "they are a FRAUD".
      id: 'strong.is-a-fraud',
      pattern: 'company|bank|lender|they|you|this|it ~1 is|are a =fraud',
      unless: '=fraud =account|alert|claim|case|department|team|investigation|charge|report|victim',
      match: ['This company is a fraud and should be investigated.', 'They are a FRAUD.'],
      noMatch: ['The bank said it is a fraud alert and not a real charge.'],
    },
  ]),
  // Swearing aimed at the service ("Total BS", "this crap"); "damn good" is praise.
  ...family(
    'strong_negative',
    {
      unless: [...TRIVIAL, PRAISE],
    },
    [
      {
        id: 'strong.swearing',
        pattern: '<swear>',
        match: ['Total BS, fix it.', 'wtf is this service', 'Delete this crap now!!'],
        noMatch: ['Damn good customer service, thank you.', 'The installer was a bloody legend.'],
      },
      {
        // "This service sucks": slang as blunt as a swear word.
        id: 'strong.sucks',
        pattern: '=sucks',
        match: [
          'Your email system sucks and nobody answers.',
          'Honestly the whole billing process sucks.',
        ],
        noMatch: ['I sucked my stomach in and it still did not button.'],
      },
    ],
  ),
  ...family('exasperated', {}, [
    {
      id: 'exasperated.sick-of',
      pattern: 'sick|tired|fed ~2 of|up',
      match: ['Sick and tired of chasing you lot.'],
      noMatch: ['Off sick today, can I reschedule the engineer?'],
    },
    {
      id: 'exasperated.had-enough',
      pattern: 'had enough',
      match: ["I've had enough of this."],
      noMatch: ["Right, I've had it with you.", "Haven't had enough time to test it yet."],
    },
    {
      id: 'exasperated.enough-is-enough',
      pattern: 'enough is enough',
      match: ['ENOUGH IS ENOUGH.'],
      noMatch: ["it's merely smooth enough."],
    },
    {
      id: 'exasperated.still-no',
      pattern: 'still no|not',
      negation: 'in-pattern',
      match: ["It's still not fixed."],
      noMatch: ["My router still won't connect."],
    },
    {
      id: 'exasperated.last-straw',
      pattern: 'last straw',
      match: ['This is the last straw.'],
      noMatch: ['Not the last straw yet, but close.'],
    },
    {
      id: 'exasperated.final-warning',
      pattern: 'final warning',
      match: ['This is your final warning.'],
      noMatch: ["We've been a customer for 10 years but this is the final straw, we're leaving."],
    },
    {
      id: 'exasperated.no-one-cares',
      pattern: 'no one|nobody ~2 cares|helps|calls|answers|replies|knew|knows',
      negation: 'in-pattern',
      match: ['Nobody answers the phone and no one cares.'],
      noMatch: ['No one was rude, everyone cared.'],
    },
    {
      id: 'exasperated.waste-time',
      pattern: 'waste ~2 time|hours|days',
      match: [
        "I've wasted hours on hold, spoken to five different advisers and I'm still no closer to a resolution.",
      ],
      noMatch: ["Didn't waste any time sorting it, thanks!"],
    },
  ]),
];

export { STRONG_NEGATIVE_RULES };
