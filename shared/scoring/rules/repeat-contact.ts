import { exactForms, family } from './rule.js';

const CONTACT_VERB =
  'called|phoned|rang|=rung|emailed|contacted|chased|messaged|=wrote|written|chatted|' +
  'explained|transferred|spoken|=spoke|talked|=told|=reported|raised|logged|complained|ringing|' +
  '=followed|bounced|=passed|shunted|=pushed|=visited|=directed|redirected|inquired|enquired';

const CONTACT_NOUN =
  'calls|emails|chats|messages|tickets|people|agents|persons|departments|transfers|callbacks|' +
  'reps|representatives|advisors|advisers|engineers|staff|complaints|letters|different|separate|' +
  'operators|times|individuals|employees|associates|supervisors|managers|specialists';

/** Three or more contacts, several people, transfers, or starting over every time. */
// How complaint letters say they got in touch: calls, disputes, requests and letters alike.
const REACHED_OUT =
  'called|phoned|contacted|disputed|requested|asked|sent|wrote|written|emailed|mailed|faxed|' +
  'submitted|filed|messaged|complained|reached|visited|followed|chased|spoke|spoken|told|explained|talked|' +
  'inquired|enquired|advised|notified|informed|reminded|pleaded|begged|communicated|expressed';

// Getting in touch, one mention per contact (asking or being told happens within one), in the
// forms counted toward three contacts (see decide.ts).
const COUNTED =
  'called|phoned|contacted|emailed|mailed|faxed|messaged|complained|reached|visited|followed|spoke|spoken|chatted|texted|wrote|written|' +
  'enquired';
// Getting in touch too, but not counted toward three: "I disputed" is as often the act of
// disputing (a charge, a report line, with a credit bureau) as getting in touch with the company
// complained of, and "I inquired" most often asks within a call already told; counted, they made
// more false alarms than finds.
const CONTACTED = `${COUNTED}|disputed|inquired`;

// A contact as the customer reports one, in the forms a report uses: "I called", "I rang", "I
// have written". Stems would also count the nouns of messages received ("I received an email",
// "I got an error message", "I received the ring") and intentions ("I must contact").
const GOT_IN_TOUCH = exactForms(`${CONTACTED}|rang`);
const COUNTED_CONTACT = exactForms(`${COUNTED}|rang`);

// Getting in touch by a channel, as opposed to being told or asked something.
const CHANNEL =
  '=called|=phoned|=emailed|=faxed|=mailed|=wrote|=written|=messaged|=chatted|=visited|=texted';

// Getting in touch as the customer says it after "every time I ...", explaining it again included.
const EACH_TIME_I =
  'call|phone|contact|chat|ring|email|ask|follow|write|dispute|explain|speak|talk';

// A date as customers write it in a list of contacts: a weekday, a month or an ordinal day.
const DATE =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|' +
  'may|june|july|august|september|october|november|december|<o1>';

// Many contacts, said without a number ("mutiple" is typed too often to miss, and a dropped
// letter that early is too far from "multiple" for the misspelling check; "mulitple" is near
// enough for it).
const MANY =
  '<n3>|several|multiple|mutiple|numerous|many|countless|repeated|various|umpteen|endless|number';

// Calls the company makes ("the collector keeps calling", "I have been called several times",
// "they call over 30 times a day", "I was harassed repeatedly by phone") are its contacts, not
// the customer's.
const INBOUND = [
  'they|he|she|it|collector|company|bank|agency|lender ~1 =keep|=kept|=keeps ~1 =calling|=ringing|=phoning|=texting|=emailing',
  'they|he|she|collector|company|bank|agency|lender|who|which ~3 =call|=called|=calls|=calling ~3 me|us|several|multiple|repeatedly|numerous|<n3>|times|daily|constantly',
  '=am|=is|=was|=were|been|being|=get|=got|=getting ~2 =called|=contacted|=phoned|=texted|=emailed',
  '=was|=were|been|being ~2 =harassed|=bothered|=pestered|=hounded|=threatened|=bombarded',
  '=harassing|=harassment|=unwanted|=demanding|=threatening|=spam ~1 =phone? =calls|=texts|=emails|=messages',
  // Whoever calls the customer "over 15 times" or "several times a day" is not the customer,
  // whatever names it ("the lender had called me over 15 times", "a bureau that calls daily").
  `=call|=calls|=called|=calling|=phoned|=phoning|=texted|=texting|=emailed|=emailing|=contacting me|us ~4 ${MANY}|times|daily|repeatedly|constantly`,
  '=that|=who|=which ~1 =calls|=called|=texts|=emails',
  // "I keep calling" is the customer; whoever "keeps calling" is not.
  '=keeps ~1 =calling|=phoning|=texting|=emailing',
  // Calls counted by the day or the week ("two to 5 phone calls per day") are a caller's pace.
  '=calls|=texts|=emails|=messages ~1 =per|=a|=each|=every ~1 =day|=week|=hour',
];
// Complaints that other customers made ("there are so many complaints online", "the company has
// hundreds of complaints", "several other complaints") are the company's record, not contacts.
const OTHERS_COMPLAINTS = [
  '=there ~4 =complaints',
  '=has ~3 =complaints',
  '=complaints ~3 =online|=internet|=forums|=website|=websites|=reviews',
  '=other|=such|=similar ~1 =complaints',
];
// Counted calls the customer received ("five calls from them", "getting numerous calls"), for
// the rules that count calls: not for every rule, as "never received a reply" follows real ones.
// Receiving is tied to what was received: a receipt or a "from" elsewhere in a long sentence
// ("several call backs from the supervisor I requested", "a debt from XXXX") says nothing of
// the customer's own contacts.
const RECEIVED_THINGS =
  '=call|=calls|=email|=emails|=text|=texts|=letter|=letters|=message|=messages|=voicemail|=voicemails';
const RECEIVED = [
  `receive|=get|=gets|=getting|=got ~4 ${RECEIVED_THINGS}`,
  `${RECEIVED_THINGS} =from`,
];
// "A number of calls" counts; a number to call, or phone numbers given out, do not.
// A phone number given or dialled ("the phone number and email", "the number ( XXXX ) to call") is one too.
const A_NUMBER_TO_CALL = [
  '=number|=numbers to|for',
  'phone|telephone|fax|cell|contact|toll =number|=numbers',
  '=number ~1 to ~1 call',
  // A particular line ("called this number", "the customer service number and they advised",
  // "using the number on the letter"): "a number of" or "the number of" counts, a number named
  // by what it is or where it was found is dialled.
  '=this|=that|=same|=main|=service|=wrong|=correct =number|=numbers',
  '=number|=numbers =on|=listed|=provided|=given|=printed',
];

const REPEAT_CONTACT_RULES = family(
  'repeat_contact',
  { unless: [...INBOUND, ...OTHERS_COMPLAINTS] },
  [
    {
      id: 'repeat.called-n3-calls',
      pattern: `${CONTACT_VERB}|=speaking ~4 ${MANY}|bunch|=dozen|=dozens|=loads|=lots ~2 ${CONTACT_NOUN}|occasions`,
      unless: A_NUMBER_TO_CALL,
      match: [
        "I've called nine times.",
        "I've emailed countless times and heard nothing.",
        'I spoke with a bunch of people over two hours.',
        'Despite speaking with three people at the bank, nothing was done.',
        'After speaking to five different agents, nothing changed.',
      ],
      noMatch: [
        'I called twice.',
        'On average they call me 15-20 times per day.',
        'Their agency calls about 6 times a day, even at work.',
        'I am called several times a week about a debt I paid.',
        'I called and was given their phone numbers, emails and a fax.',
        'I reported the new phone number and email to them.',
      ],
    },
    {
      id: 'repeat.n3-calls',
      pattern: '<n3> ~1 calls|emails|chats|tickets|callbacks|complaints|transfers',
      // Money transfers that failed are payments, not being passed around.
      unless: [...RECEIVED, '=failed|=declined|=bank|=wire|=money ~1 transfers'],
      match: ['Fourth email now.', '5 calls, still no engineer.'],
      noMatch: ["If it takes three calls again I'll scream."],
    },
    {
      id: 'repeat.n3-different-calls',
      pattern:
        '<n3> different|separate|=phone ~1 calls|agents|people|departments|emails|advisors|advisers|reps|times|=numbers|operators|staff|teams|answers|stories|escalations|=chasers',
      // Counted calls received ("I get at least 3 phone calls a day from them") are the company's.
      unless:
        'receive|=get|=gets|=getting|=got ~3 <n3> ~2 =calls|=texts|=emails|=messages|=voicemails',
      match: ['Four separate advisers gave me four stories.'],
      noMatch: [
        'The website shows three different prices for the same phone.',
        'I received 3 separate phone calls from them today.',
      ],
    },
    {
      id: 'repeat.o3-time-writing',
      pattern: `<o3> ~1 time|call|email|callback|ticket|chat|attempt|complaint ~4 writing|asking|speaking|promised|sharing|sending|uploading|submitting|${CONTACT_VERB}`,
      match: ['This is the fifth time I am explaining this.'],
      noMatch: ["This is the third time I've ordered from you and it's always great."],
    },
    {
      id: 'repeat.o3-promised-callback',
      pattern: '<o3> promised? callback|call|chat|ticket|complaint|email',
      match: ['Fourth email now.', '3rd promised callback that never happened.'],
      noMatch: ['First call and it was sorted, great job.'],
    },
    {
      id: 'repeat.o3-person-spoke',
      pattern:
        '<o3> person|agent|rep|representative|advisor|adviser|engineer|department|operator ~4 spoke|spoken|talked|dealt|explained|speaking|transferred',
      match: ["You're the fifth person I've spoken to.", 'the 4th agent i talked to hung up on me'],
      noMatch: ["You're only the second person I've spoken to."],
    },
    {
      id: 'repeat.re-explain',
      pattern: 're explain',
      match: ['Sick of having to re-explain everything.'],
      noMatch: [
        'I would like these items immediately re-investigated.',
        'I never had to re-explain anything, great handover.',
      ],
    },
    {
      id: 'repeat.have-to-explain',
      pattern:
        'have|had|make|=made|asked ~1 to explain|repeat|re ~5 again|scratch|beginning|every|each|=over',
      match: ['I had to explain it all over again.'],
      noMatch: ["I didn't have to explain it again, they had my notes."],
    },
    {
      id: 'repeat.every-single-person',
      pattern:
        'every|each single? person|agent|call|department|advisor|rep ~4 start|explain|repeat|different|sends',
      match: ['Every agent makes me start from scratch.'],
      noMatch: ['Every person I dealt with was lovely.'],
    },
    {
      id: 'repeat.call-and-call',
      // Verbs, not plural nouns: "calls and emails" are as often the collector's as the customer's.
      pattern:
        '=call|=called|=calling|=phone|=phoned|=phoning|=email|=emailed|=emailing|rang|chase|ring =and call|phone|email|rang|chase|ring',
      match: ["I've called and called and nobody picks up.", 'I phoned and emailed for a week.'],
      noMatch: [
        'I called twice.',
        'You can phone or email me any time.',
        'I get calls and emails from them every day.',
      ],
    },
    {
      // Contacts by the clock: "I have called them daily", "called every 5 minutes for hours".
      id: 'repeat.called-daily',
      pattern: `i|we|i've|we've ~2 ${CONTACTED} ~3 daily|everyday|weekly|nightly`,
      match: [
        'I have called them daily asking to get this resolved.',
        'We have emailed support daily since the migration.',
      ],
      noMatch: ['They called me daily about the debt.'],
    },
    {
      id: 'repeat.called-every-day',
      pattern: `i|we|i've|we've ~2 ${CONTACTED} ~3 every ~2 day|week|minutes|hour|morning`,
      match: [
        'I have called every 5 minutes, for hours at a time.',
        'I have phoned every morning this week about the router.',
      ],
      noMatch: [
        'I called the helpline on Monday and it was fixed.',
        'I have gotten calls almost every day from the gym about fees.',
      ],
    },
    {
      id: 'repeat.go-through-many-people',
      pattern: `go|=went|=gone|=passed|=bounced through|between ~2 ${MANY}|bunch ~2 people|agents|representatives|reps|departments|managers|staff`,
      match: [
        'I had to go through multiple people to even get them to take the payment.',
        'I have been passed between several departments about one router.',
      ],
      noMatch: ['I went through the checkout twice and it worked.'],
    },
    {
      id: 'repeat.pestered',
      // The customer doing it: "they hounded me about the debt" is the company's calls.
      pattern: "i|we|=i've|=we've ~2 =pestered|=hounded|=badgered|=nagged",
      match: [
        'They kept redirecting me to the branch and I pestered them for it.',
        'We have badgered your support team since March.',
      ],
      noMatch: ['They hounded me about the debt for months.'],
    },
    {
      id: 'repeat.hours-on-the-phone',
      // Hours spent getting through ("countless hours trying to reach them", "many hours on hold")
      // are many attempts; one hour on one call is one contact.
      pattern: `${MANY} hours|=days ~3 phone|=trying|=attempting|=calling|hold`,
      match: [
        'I have spent countless hours on the phone trying to get this fixed.',
        'We have lost numerous days on the phone with your billing team.',
        'I have spent many hours trying to reach someone in billing.',
      ],
      noMatch: [
        'I spent an hour on the phone and it was fixed.',
        'The install took several hours to finish.',
      ],
    },
    {
      id: 'repeat.tried-and-tried',
      pattern: '=tried|=asked|=begged =and =tried|=asked|=begged',
      match: [
        'I have tried and tried to get Experian to fix this.',
        'We asked and asked for a refund for the cancelled flight.',
      ],
      noMatch: ['I tried the chat and asked for a refund.'],
    },
    {
      // Each side sending the customer to the other: "they refer me back to the bureau".
      id: 'repeat.referred-back',
      pattern: '=refer|=referred|=refers|=referring ~2 me|us back',
      match: [
        'The creditor can not help and they refer me back to the credit bureau.',
        'Your store keeps referring us back to the manufacturer.',
      ],
      noMatch: ['She referred me to a specialist, who fixed it the same day.'],
    },
    {
      id: 'repeat.runaround',
      pattern: 'runaround',
      match: [
        'Just a complete runaround experience!',
        'I have only gotten the runarounds.',
        'Your support gave me the runaround about my broadband.',
      ],
      noMatch: ['If I get the runaround again I will write to the board.'],
    },
    {
      id: 'repeat.the-run-around',
      pattern: 'the|a|complete|total|constant|endless|more|of =run around',
      match: [
        'They gave me the run around for a month.',
        'I keep getting a run around from your billing team.',
        'I called for help and got a bunch of run around.',
      ],
      noMatch: ['I run around the park every morning in these shoes.'],
    },
    {
      id: 'repeat.bounced-around',
      pattern:
        '=bounced|shunted|=transferred|=pushed|=passed|=tossing|=tossed ~2 around|between|about',
      // "90 days passed around March" is time passing.
      unless: 'days|weeks|months|years|hours|time',
      match: [
        "I've been passed around four different teams now.",
        'They keep tossing me around.',
        'We were tossed between billing and tech support.',
      ],
      noMatch: ['Passed from pillar to post for a week.'],
    },
    {
      id: 'repeat.pillar-to-post',
      pattern: 'pillar to post',
      match: ['Passed from pillar to post for a week.'],
      noMatch: ["Thankfully I wasn't passed from pillar to post this time."],
    },
    // "told me on Monday, Wednesday and Friday": three contacts named by day.
    {
      id: 'repeat.said-monday-monday',
      pattern: `said|promised|${CONTACT_VERB} ~4 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday`,
      match: ["That's what you told me on Monday, Wednesday and Friday."],
      noMatch: ['I called twice.'],
    },
    // "the umpteenth time I've rung": a vague but large count of contacts.
    {
      id: 'repeat.umpteenth-time-called',
      pattern: `umpteenth|nth|hundredth|millionth|countless|numerous|multiple|=dozens|=umpteen ~2 time|occasions|calls|emails|chats ~4 ${CONTACT_VERB}`,
      match: ['This is the umpteenth time I have phoned you.'],
      noMatch: ['Numerous calls and still no engineer.'],
    },
    {
      id: 'repeat.countless-calls',
      pattern:
        'countless|numerous|umpteen|endless|=multiple ~1 calls|emails|chats|tickets|complaints|transfers',
      // Calls received, and calls the customer wants stopped, are the company's.
      unless: [
        'receive|=get|=gets|=getting|=got ~2 countless|numerous|umpteen|endless|=multiple',
        'cease|stop ~3 =calls|=emails',
      ],
      match: ['Numerous calls and still no engineer.'],
      noMatch: [
        'The app crashed multiple times yesterday.',
        'I have been receiving numerous calls from the lender.',
        'Please stop the endless calls to my work.',
      ],
    },
    {
      id: 'repeat.from-one-department',
      pattern: 'from one department|person|agent|team ~2 to another|the',
      match: ["I've been passed from one department to another all week."],
      noMatch: ["I wasn't passed from one department to another, which made a nice change."],
    },
    {
      id: 'repeat.back-and-forth',
      pattern: 'back and forth ~1 between|with|for|since|over',
      unless: 'size|small|xs|petite|medium|large',
      match: ['Back and forth between billing and tech support for a week now.'],
      noMatch: ['No back and forth between teams this time, sorted on the first call.'],
    },
    {
      id: 'repeat.sent-there-and-back',
      pattern:
        'i|we ~1 was|were|got|been|get|keep|kept|am|are ~1 =sent|=passed|=shuffled|=bounced|=referred|=directed from ~4 to ~5 and back',
      match: [
        'I was sent from the check-in counter to ticket sales and back to check-in.',
        'We got passed from billing to tech support and back again.',
      ],
      noMatch: [
        'The parcel was sent from Leeds to London and back within a day.',
        'I sent the parcel from Leeds to London and back.',
      ],
    },
    {
      id: 'repeat.chase-repeatedly',
      pattern:
        'i|we|to ~2 =chase|=chased|=chasing ~4 =repeatedly|=constantly|=endlessly|=continually',
      match: [
        'I had to chase responses from them repeatedly.',
        'We have been chasing this refund constantly since March.',
      ],
      noMatch: ['I chased it once and it was sorted.', 'Chase has repeatedly refused my dispute.'],
    },
    {
      id: 'repeat.send-me-somewhere',
      pattern: 'send|pass|bounce|shunt|transfer ~2 me ~2 somewhere|elsewhere|around',
      match: ['Every time I ring you pass me around.'],
      noMatch: ["You didn't pass me around, you just fixed it. Thanks!"],
    },
    {
      id: 'repeat.round-in-circles',
      pattern: 'round|around in circles',
      match: ['Going round in circles with your support.'],
      noMatch: ['Not going round in circles anymore, thanks to Jo.'],
    },
    {
      // Asked as a question of how often it takes: "How many more times do I have to call?"
      id: 'repeat.how-many-more-times',
      pattern:
        'how many more times ~4 =call|=email|=explain|=chase|=ring|=write|=repeat|=ask|=tell',
      match: ['How many more times must I ring before someone fixes it?'],
      noMatch: ['How many more times will the sale run this year?'],
    },
    {
      id: 'repeat.sick-of-repeating',
      pattern:
        'sick|tired|fed ~2 of|up ~2 =repeating|=explaining|=re ~1 myself|ourselves|it|this|the',
      match: ['Tired of repeating the whole story to every new person.'],
      noMatch: ['I am tired of this dress already, it pills.'],
    },
    {
      id: 'repeat.lost-count-called',
      pattern:
        'lost count ~6 called|rang|=rung|phoned|emailed|contacted|chased|spoken|=spoke|written|=wrote|times',
      match: ["I've lost count of how many times I've emailed."],
      noMatch: ['Youve lost a customer.'],
    },
    {
      id: 'repeat.same-conversation-every',
      pattern: 'same conversation|story ~3 every|again|=times|before',
      match: ['Having the same conversation every week with you lot.'],
      noMatch: ['third time the same engineer has failed to show'],
    },
    {
      id: 'repeat.keep-having-to',
      pattern:
        '=keep|=kept|=keeps having? to? =ringing|=emailing|=explaining|=repeating|=contacting|call|chase',
      // The agent who "kept repeating herself" repeated one answer on one call.
      unless: '=repeating =herself|=himself|=themselves|=itself',
      match: ['I keep having to chase you.'],
      noMatch: [
        'My card keeps getting declined.',
        'The collector keeps calling me at work.',
        'She just kept repeating herself.',
      ],
    },
    {
      id: 'repeat.every-single-time',
      // "Each time that I reached out", "every time I try and call".
      pattern: `every|each single? time =that? i|we (=try|=tried|=attempt|=attempted)? ~1 ${EACH_TIME_I}|reach`,
      match: [
        'Every single time we ring, a new excuse.',
        'Every time we speak to support it is a different answer.',
        'Each time that I reached out to the gym, a manager promised a refund.',
        'Every time I try and ring the builder, nobody answers.',
      ],
      noMatch: [
        "Every time I visit the store it's great.",
        'Every time I switch to my email app the booking vanishes.',
      ],
    },
    {
      // The same answer each time: "I asked three times and each time they denied it", "each
      // time have been told they cannot fix it".
      id: 'repeat.each-time-they-said',
      pattern:
        'each|every time ~5 they|=was|=were|been ~2 =told|=said|=say|=says|=tell|=informed|=denied|=rerouted|=transferred|=ignore|=ignored',
      match: [
        'I asked them to reopen the claim and each time they denied it.',
        'Every time they just ignore my emails.',
      ],
      noMatch: ['Every time I wear it people tell me they love it.'],
    },
    {
      // A count the complaint export redacted: "I reached out via email XXXX times".
      id: 'repeat.redacted-times',
      pattern: `${CONTACT_VERB}|=speaking ~4 =xxxx ~1 =times`,
      // Whoever "called a second friend XXXX times" was the collector.
      unless: 'they|he|she|collector|company|lender ~2 =called|=emailed|=texted|=contacted',
      match: [
        'I have emailed customer service XXXX times this month.',
        'We phoned the branch XXXX times before anyone picked up.',
      ],
      noMatch: [
        'The money was taken from my account XXXX times.',
        'They also called a second friend XXXX times in one day.',
      ],
    },
    {
      // The same, written as one word.
      id: 'repeat.everytime-i-call',
      pattern: `everytime|whenever i|we ~3 ${EACH_TIME_I}`,
      // Reaching the same person each time is the opposite of starting over.
      unless: 'same ~1 person|agent|rep|representative|manager|advisor|adviser|engineer',
      match: [
        'Everytime I call, they put me on hold.',
        'everytime we email support it takes a week',
        'Whenever I call to report it, their phone service hangs up on me.',
      ],
      noMatch: [
        'Everytime I wear it I get compliments.',
        'Whenever I ring I get the same account manager, which is great.',
      ],
    },
    {
      id: 'repeat.many-attempts',
      // "A third party contacted me" or "the 3 bureaus requesting" count no contact of the customer's.
      pattern: `${MANY} ~2 attempt|request|letter|=dispute|=disputes|complaint|=tries|endeavor|effort|=phone|email|=call|=calls|=contact|=contacts|=messages|=voicemails|=communications|=correspondence`,
      // Attempts at the product ("three attempts to log in") are not contacts.
      unless: [
        // Exact forms: "signed a contract" is no sign-in.
        'log|login|=sign|=signing|password|load|connect|install|download|checkout',
        // Attempts to get into an account are at the product; a clause that only mentions access
        // ("never granted access, despite my many support requests") still counts.
        'attempt|=tries|=trying ~3 access',
        // Debits and collections the company attempted are its own ("3 ACH attempts", "several
        // collection agencies attempting to collect").
        'collection|=ach|debit|withdrawal|draft|=payment|=payments|agencies|collectors ~1 attempt',
        ...RECEIVED,
        // "a three minute phone call" is one call; "calls with hours-long waits" are several.
        'minute|hour ~1 =call|=calls',
        ...A_NUMBER_TO_CALL,
      ],
      match: [
        'Despite multiple previous written requests, the item is still on my report.',
        'I have made numerous attempts to get this fixed.',
        'I left multiple voicemails for the account manager.',
        // A "from" elsewhere in the sentence is not a contact received.
        'I sent several letters asking them to remove the debt from my report.',
        'My lawyer has sent them numerous communications about the loan.',
        'Despite my repeated requests to stop accessing my account, they debited it again.',
      ],
      noMatch: [
        'There was no number to contact on the letter.',
        'There are several accounts on my file that are not mine.',
        'We get four or five letters a week from them.',
        'They made 3 ACH attempts on my account in one day.',
      ],
    },
    {
      id: 'repeat.reached-out-many-times',
      // Promises made again and again ("promised on multiple occasions") are contacts too.
      pattern: `${REACHED_OUT}|=promised|=assured|=revoked ~7 ${MANY} of? times|occasions`,
      // "I've been asked where I bought it several times" is others asking the customer.
      // Asking cabin crew or airport staff for a drink or a seat is asking on board, not getting in
      // touch with the company; what the customer told a court was told to the court.
      unless: [
        'been|being ~1 asked|told|called',
        'attendant|crew|stewardess|=airport|=court|=courts',
        // Asking one person again and again on one call ("I asked the representative several
        // times", "I told him three times") is one contact.
        '=asked|=told|=ask|=tell (=the|=that|=this)? =representative|=rep|=agent|=associate|=lady|=man|=woman|=guy|=gentleman|=him|=her ~3 several|multiple|numerous|many|<n3>|number ~2 times',
        // Whoever "called me ... 4 times" is the company.
        '=called|=phoned|=contacted|=emailed|=texted|=messaged me|us',
      ],
      match: [
        'I have contacted them several times and nobody helps.',
        'I have requested now 4 times to remove the addresses.',
        'I have been promised on multiple occasions a full refund.',
        'I have contacted both the servicer and the bank on numerous occasions.',
        'I revoked the authorization with the lender numerous times.',
        'We have expressed our concerns several times.',
      ],
      noMatch: [
        'They charged me several times for the same order.',
        'I asked the flight attendant several times for water.',
        'The collector called me from a new number on Sunday 4 times.',
      ],
    },
    {
      id: 'repeat.repeatedly-asked',
      pattern: `i|we|i've|we've|have ~2 =repeatedly|=continuously|=constantly ~3 ${REACHED_OUT}`,
      match: ['I have repeatedly asked for the fee to be removed.'],
      noMatch: [
        'The website repeatedly crashed during checkout.',
        'I was harassed repeatedly through 29 phone calls.',
      ],
    },
    {
      id: 'repeat.asked-repeatedly',
      pattern: `i|we|i've|we've ~2 ${REACHED_OUT} ~6 =repeatedly|=continuously|=constantly`,
      match: ['I have called repeatedly and got nowhere.'],
      noMatch: ['The card was declined repeatedly.'],
    },
    {
      id: 'repeat.again-and-again',
      pattern: `i|we|i've|we've ~2 ${REACHED_OUT} ~3 again and again`,
      match: ['I called again and again and got nowhere.'],
      noMatch: ['The card was declined again and again.'],
    },
    {
      id: 'repeat.over-and-over',
      pattern: `i|we|i've|we've ~2 ${REACHED_OUT} ~3 over and over`,
      match: ['I explained it over and over to each agent.'],
      noMatch: ['The app crashed over and over.'],
    },
    {
      id: 'repeat.trying-for-months',
      pattern:
        '=trying|=tried|=attempting|=fighting|=calling|=chasing|=contacting|=disputing|=disputed|=writing|=emailing|=reporting|=asking|=requesting|=begging|=pleading ~8 for|since ~3 weeks|months|years|ages',
      match: [
        'I have been trying to get this resolved for months.',
        'I have been reporting this to the bureau for years now.',
        'We have been fighting for the last two years to get the fee refunded.',
        'I have disputed the late payments on both accounts for months.',
      ],
      // What the company has been trying to do is not the customer's attempts.
      unless: [
        '=trying|=tried to scam|rip|cheat|defraud|steal',
        // "They tried to work with me for months" tells the company's attempts.
        'they|he|she ~2 =trying|=tried|=attempting',
      ],
      noMatch: [
        'I have been a loyal customer for years.',
        'They have been trying to scam me for months.',
        'They tried to work with me on a plan for months.',
      ],
    },
    {
      // The time first: "For the last 4 months I have contacted this bureau".
      id: 'repeat.for-months-i-have',
      pattern: `for|since ~3 weeks|months|years ~3 i|we|i've|we've ~3 ${REACHED_OUT}`,
      // A customer "for 11 years" tells their loyalty, not how long they have been chasing.
      unless: [...RECEIVED, 'customer|member|client|loyal ~1 for|since'],
      match: [
        'For the last 4 months I have contacted this bureau to remove them.',
        'For two weeks we have chased your engineers for an install date.',
      ],
      noMatch: [
        'For years I have been getting calls from the collector.',
        'For years I have been a happy customer.',
        "A customer for 9 years and I've never been spoken to like that.",
      ],
    },
    {
      // Getting in touch as an ongoing activity is more than one contact.
      id: 'repeat.have-been-calling',
      pattern:
        'i|we have|had been =calling|=phoning|=ringing|=emailing|=writing|=contacting|=disputing|=chasing|=messaging',
      match: [
        'I have been calling and emailing both bureaus and get no human.',
        'We had been emailing your billing team for a week before anyone replied.',
      ],
      noMatch: [
        'They have been calling me at work.',
        'I have been waiting for the refund.',
        'You have been contacting the wrong customer.',
      ],
    },
    {
      id: 'repeat.kept-getting-disconnected',
      pattern: '=keep|=keeps|=kept getting|being disconnected|transferred|=cut',
      match: [
        'I tried to resolve this with their complaint department but kept getting disconnected.',
        'Our calls keep getting cut off by your phone menu.',
      ],
      noMatch: [
        'I was disconnected once and called back.',
        'Keep getting compliments on this dress.',
      ],
    },
    {
      id: 'repeat.time-and-time-again',
      pattern: `${REACHED_OUT}|uploaded|resubmitted ~5 time and time again`,
      match: [
        'I have uploaded all of my documents time and time again.',
        'We have explained the fault to your engineers time and time again.',
      ],
      noMatch: ['Their app fails time and time again.'],
    },
    // The customer saying the same thing again and again: "I keep telling Affirm to check with the
    // hotel", "we kept calling"; "I kept asking what the total was" is often one conversation.
    {
      id: 'repeat.i-keep-telling',
      pattern:
        'i|we =keep|=kept =telling|=explaining|=reminding|=calling|=emailing|=writing|=disputing|=informing|=following|=contacting',
      match: [
        'I keep telling affirm to verify with the hotel, but they refuse.',
        'We kept emailing your support team about the broken invoices.',
      ],
      noMatch: ['They keep telling me the title is in the mail.'],
    },
    // Different people, different answers: "multiple people gave me different answers", "a
    // different story every time I call".
    {
      id: 'repeat.different-answers',
      pattern: `${MANY}|different ~1 people|representatives|reps|agents|employees ~4 =gave|=give|=giving|=told ~3 different|conflicting`,
      match: [
        'Multiple people gave me different answers about the tax payment.',
        'Several agents told me conflicting things about the router.',
      ],
      noMatch: ['Two colours were available and I was told different sizes run large.'],
    },
    {
      id: 'repeat.different-answer-every-time',
      pattern: 'different|conflicting|new answer|story|excuse|explanation ~4 each|every time',
      match: [
        'I get a different answer every time I call.',
        'Each chat agent gives a new excuse every time I ask about the outage.',
      ],
      noMatch: ['The dress looks different every time I wash it.'],
    },
    // "It took months of phone calls", "after weeks of emails".
    {
      id: 'repeat.months-of-calls',
      pattern: '=months|=weeks|=years of ~1 call|email|letter|dispute|phone|chasing',
      match: [
        'It took months of phone calls and lies from representatives.',
        'After weeks of emails the engineer still has not come.',
      ],
      noMatch: ['Three months of payments went missing.'],
    },
    {
      id: 'repeat.reached-out-to-many',
      pattern: `=reached|=reaching out ~2 ${MANY}|=dozens ~1 people|departments|representatives|agents|branches|managers|supervisors|employees|reps`,
      match: [
        'I have reached out to so many people, even corporate.',
        'We reached out to multiple departments and nobody owns the outage.',
      ],
      noMatch: ['Many people reached out to compliment the dress.'],
    },
    {
      id: 'repeat.keep-hanging-up',
      pattern: '=keep|=keeps|=kept hanging|=hung up ~2 on? me|us',
      match: ['you keep hanging up on me'],
      noMatch: ['I hung up the dress and it still looks wrinkled.'],
    },
    {
      id: 'repeat.tried-several-times-to-contact',
      pattern: `tried|=trying ~2 ${MANY} times ~3 contact|call|reach|email|phone|get`,
      match: ['I have tried several times to contact the credit bureau.'],
      noMatch: ['I tried several times to log in to the app.'],
    },
    {
      id: 'repeat.on-many-occasions-i',
      pattern: `${MANY} (separate|different)? occasions|dates|times ~3 i|we ~3 ${REACHED_OUT}`,
      match: ['On multiple occasions I have submitted a dispute.'],
      noMatch: ['On several occasions the app crashed and I lost my basket.'],
    },
    {
      id: 'repeat.tried-many-times',
      pattern: `=tried|=attempted ~6 ${MANY} times|occasions`,
      // Trying something on, or attempts at a login, are not contacts; "tried to stop it on
      // several occasions" is.
      unless: [
        // "I tried it on", "tried on the medium"; "tried on multiple occasions" is trying.
        'try|=tried it|them|these|this|those|one|both|everything ~1 on',
        'try|=tried on the|a|an|my|some|these|this|those|both',
        'log|login|sign|password|load|connect|install|download|checkout|website|app',
        // Payments that would not go through are attempts at the product too; what the company
        // tried ("they have tried to overcharge me several times") is none of the customer's.
        'pay|payment|withdraw|deposit|online',
        'they|he|she|company ~2 =tried|=attempted',
      ],
      match: [
        'I have tried to resolve this multiple times and nobody helps.',
        'I have attempted, numerous times, to get my report.',
      ],
      noMatch: [
        'I tried it on several times before cutting the tags.',
        'I attempted to pay the balance online several times and it failed.',
        'They have tried to overcharge me so many times.',
      ],
    },
    {
      id: 'repeat.constant-attempts',
      // Exact forms: "continue" shares the stem of "continuous" ("they continue to send me emails").
      pattern:
        'constant|constantly|repeatedly|=continuous|=continuously|endless ~4 attempts|efforts|requests',
      unless: 'app|website|system|software|device|machine|sync',
      match: ['I made constant and repeatedly frustrating attempts to reach them.'],
      noMatch: ['The app makes constant attempts to sync my contacts.'],
    },
    {
      id: 'repeat.keep-writing',
      pattern:
        'i|we ~3 =keep|=kept ~2 =writing|=sending|=calling|=emailing|=disputing|=faxing|=mailing|=contacting|=chasing|=resubmitting',
      match: ['I have to keep writing to you about the same account.'],
      noMatch: ['Keep sending me the newsletter, I love it.'],
    },
    {
      id: 'repeat.again-for-the-nth-time',
      pattern: 'again for the? <o3> time',
      match: ['They asked us to submit our documents again for the 33rd time.'],
      noMatch: ['Again, the third time I wore it the seam split.'],
    },
    {
      id: 'repeat.follow-up-letters',
      // "Followed up with phone calls" and "follow-up phone calls" too.
      pattern: '=follow|=followed up? with? =phone? =letters|=calls|=emails|=requests|=messages',
      match: [
        "I've also sent follow-up letters that have been ignored.",
        'They stopped replying to my follow up messages.',
        'I followed up with phone calls to the contractor all spring.',
      ],
      noMatch: [
        'I sent one follow-up letter and they fixed it.',
        'The following requests were never answered.',
      ],
    },
    {
      // Calls and emails left unanswered are the customer's own, several of them: "no one is
      // returning my calls", "they will not return my calls or emails", "has not returned my
      // calls". One call ("my call") is not several.
      id: 'repeat.calls-not-returned',
      pattern:
        "=not|never|won't|wouldn't|didn't|doesn't|don't|haven't|hasn't|no|=refuse|=refused|=refuses|=refusing ~3 =return|=returned|=returning|=returns|=answer|=answered|=answering|=answers ~1 my|our ~1 =phone? =calls|=emails|=messages|=voicemails",
      negation: 'in-pattern',
      match: [
        'No one is returning my calls.',
        'The clinic will not return my calls about the bill.',
      ],
      noMatch: ['They did not return my call yesterday.', 'They returned my calls the same day.'],
    },
    {
      id: 'repeat.faxed-called-and-emailed',
      pattern: `${CHANNEL} ~3 ${CHANNEL} ~3 ${CHANNEL}`,
      match: ['I have faxed in documents, called in, and emailed about this.'],
      noMatch: ['I called and they said it was fixed.'],
    },
    {
      id: 'repeat.complaint-after-complaint',
      pattern: 'complaint|call|letter|email|dispute after complaint|call|letter|email|dispute',
      match: ['Complaint after complaint and no proper response.'],
      noMatch: ['After the call the complaint was closed, thank you.'],
    },
    {
      id: 'repeat.tried-repeatedly',
      pattern: "i|we|i've|we've ~2 tried|=trying ~1 repeatedly|numerous|countless|endlessly",
      unless: 'log|login|sign|password|load|connect|install|download',
      match: ['I have tried repeatedly to have the freeze lifted.'],
      noMatch: ['I tried repeatedly to log in to the app.'],
    },
    {
      id: 'repeat.n3-days-in-a-row',
      pattern: '<n3> ~1 mornings|days|nights|evenings|weeks|times in a row',
      requires: 'rang|called|phoned|tried|emailed|chased|visited|went|came',
      match: ['Phoned at opening time four days in a row and never got through.'],
      noMatch: ['It rained five days in a row, so the delivery was late.'],
    },
    {
      id: 'repeat.n3-times-i-came',
      pattern: '<n3> times i|we ~1 came|went|visited|=rang|=called|=phoned|=wrote|=emailed',
      match: ['4 times I went to the branch and 4 times they sent me away.'],
      noMatch: ['3 times they said it was fixed.'],
    },
    {
      id: 'repeat.assigned-n3-handlers',
      pattern:
        '=assigned|=given|=passed ~3 <n3> different? ~1 adjusters|handlers|caseworkers|agents|advisers|advisors|managers|reps|representatives|engineers|contacts',
      match: ["I've been passed through five case handlers since March."],
      noMatch: ['We had three engineers on site and it was fixed by noon.'],
    },
    {
      // The same answer given on three dates: "what I was told on the 2nd, the 9th and the 16th".
      id: 'repeat.told-on-three-dates',
      pattern: `=told|=said|=promised|=raised|=asked ~4 ${DATE} ~4 ${DATE} ~3 and ~3 ${DATE}`,
      match: ['That is what I was told on the 2nd, on the 9th and again on the 16th.'],
      noMatch: ['I was told on Monday it would arrive Friday, and it did.'],
    },
    {
      id: 'repeat.last-n3-times',
      pattern: '=last <n3> ~1 times|calls|tickets|emails|visits|chats',
      match: ['That was the advice the last four times I rang.'],
      noMatch: ['The last three invoices were correct, thanks.'],
    },
    {
      id: 'repeat.from-to-to',
      pattern: '=transferred|=passed|=bounced|=sent from ~3 to ~3 to',
      match: ['I was passed from claims to billing to the loyalty team.'],
      noMatch: ['The parcel was sent from Leeds to York on Monday.'],
    },
    {
      id: 'repeat.n3-follow-ups',
      pattern: '<n3> follow up',
      match: ['Three follow-ups from me and still nothing.'],
      noMatch: ['Two follow-ups later it was sorted.'],
    },
    {
      id: 'repeat.o3-call-this-week',
      pattern: '<o3> =call|=email|=ticket|=chat|=complaint ~1 this|today|=now',
      match: ['Fifth email this week about the same invoice.'],
      noMatch: ['Third time lucky, it worked today!'],
    },
    {
      // "emailing for the sixth time", "the seventh engineer visit I have requested"
      id: 'repeat.now-the-o3-time',
      pattern: `writing|calling|emailing|contacting|chasing ~2 for? the? <o3> time`,
      match: ['I am emailing for the sixth time about the same invoice.'],
      noMatch: ['Calling for the first time, hello.'],
    },
    {
      id: 'repeat.o3-thing-i-asked-for',
      pattern: "<o3> ~3 i've|i ~1 =asked|=requested|=raised|=logged|=reported|=booked",
      unless: '=about|=question|=questions|=option|=options',
      match: ['This is the seventh engineer visit I have requested.'],
      noMatch: ['The third option I asked about was fine.'],
    },
    {
      // Channel after channel: "I raised it by email, then by phone, then with your account team".
      id: 'repeat.then-and-then',
      pattern: 'then by|with|at|on|in|via|over ~4 then by|with|at|on|in|via|over',
      requires:
        'raised|reported|chased|called|emailed|rang|phoned|wrote|contacted|escalated|complained|asked',
      match: ['I reported it in the app, then on the phone, then in person at the branch.'],
      noMatch: [
        'First the screen froze, then the app crashed, then it logged me out.',
        'I called in the morning, then in the afternoon it worked.',
      ],
    },
    {
      // The same thing sent again and again: "I sent the forms Monday, again Wednesday, again today".
      id: 'repeat.again-and-again-on-days',
      pattern: 'again on|yesterday|today|last|this|the ~5 and again',
      requires: 'sent|emailed|called|rang|uploaded|submitted|phoned|wrote|chased|resent',
      match: ['I uploaded the payslips on the 2nd, again on the 9th and again this week.'],
      noMatch: [
        'It failed again today, and the app crashed again.',
        'I called again today to try and dispute it again.',
      ],
    },
    {
      id: 'repeat.transferred-to-every-department',
      pattern:
        '=transferred|passed|bounced ~3 every|each|multiple|several|different ~1 department|person|agent|team',
      match: ['I was transferred to almost every department and still nothing.'],
      noMatch: ['My call was transferred to the right department first time.'],
    },
    {
      // Each time the line went dead the customer called again: "hung up on 3 times", "I was
      // disconnected several times".
      id: 'repeat.hung-up-many-times',
      pattern: `=disconnected|=hung ~3 ${MANY} times|occasions`,
      unless: 'app|website|wifi|internet|bluetooth|device|router|modem',
      match: [
        'Their support line has hung up on me four times today.',
        'I was disconnected several times trying to reach billing.',
      ],
      noMatch: ['The app disconnected several times during the upload.'],
    },
    {
      // Being passed on again and again: "their system keeps transferring me to the wrong
      // department", "both companies keep referring back to each other".
      id: 'repeat.keep-transferring-me',
      pattern:
        '=keep|=keeps|=kept =transferring|=bouncing|=passing|=redirecting|=shuffling|=routing|=referring|=sending me|us|my|our|back ~1 to|back|around|between|from|call',
      match: [
        'The phone menu keeps transferring me to sales instead of billing.',
        'The carrier and the retailer keep sending me back to each other.',
        'They kept bouncing my call from one agent to the next.',
      ],
      noMatch: [
        'The crew kept referring to me in French.',
        'They keep sending me letters about a debt I paid.',
        'The bank keeps transferring money back to my savings.',
      ],
    },
    {
      // Answers that contradict each other come from more than one contact: "I have been given
      // numerous conflicting reasons", "all of which have given me conflicting answers".
      id: 'repeat.given-conflicting-answers',
      pattern:
        '=given|=gave|=giving|=give ~3 conflicting|contradictory|contradicting|inconsistent ~1 answers|reasons|explanations|stories|responses|excuses',
      match: [
        'Every agent has given me conflicting answers about the outage credit.',
        'Phone, chat and email have all given me conflicting answers.',
      ],
      noMatch: ['The agent gave me a clear answer about the denial.'],
    },
    {
      // Sustained contact: "I have been in consistent contact with different agents", "three
      // weeks of continuous contacting them by email". Contact from the company is its own.
      id: 'repeat.constant-contact',
      pattern:
        'constant|consistent|=continuous|=continual|regular|frequent =contact|=contacting|=communication|=communications|=correspondence',
      unless: [
        '=contact|=contacting|=communication|=communications|=correspondence from',
        '=with me|us',
      ],
      match: [
        'We have been in constant contact with your installers since March.',
        'After weeks of regular correspondence with billing, nothing has changed.',
      ],
      noMatch: ['The collector is in constant contact with me at work.'],
    },
    {
      // "After calling a few more times", "I emailed them a few times": about three contacts.
      id: 'repeat.called-a-few-times',
      pattern: `${GOT_IN_TOUCH}|=calling|=emailing|=writing|=contacting|=phoning|=ringing ~3 a few more? times|occasions`,
      match: [
        'After calling a few more times to request it, I received only copies.',
        'I have emailed them a few times about the refund.',
      ],
      noMatch: [
        'I have worn it a few times and it pilled.',
        'They called me a few times last week.',
      ],
    },
    {
      // Getting in touch kept up over time: "I continue to contact them by email and phone",
      // "we continued to chase the installer".
      id: 'repeat.continue-to-contact',
      pattern:
        'i|we ~2 =continue|=continued|=continuing to =contact|=call|=email|=write|=reach|=chase|=dispute|=correspond|=phone|=ring|=follow',
      // Keeping on in the future ("I will continue to dispute this") is a plan, not contacts made.
      unless: '=will|=shall|=would|=going|=gonna|=plan|=intend ~2 =continue',
      match: [
        'I continue to contact them via email and by phone and no one replies.',
        'We continued to chase the gym for the refund all summer.',
      ],
      noMatch: [
        'I will never continue to call a company like this.',
        'They continued to call me at work.',
      ],
    },
    {
      // The line cut again and again: "their reps constantly hang up", "they hung up on me and
      // continued to hang up".
      id: 'repeat.hang-up-repeatedly',
      pattern:
        '=constantly|=repeatedly|=continually|=continuously|=continued|=continue|=continues to? =hang|=hung|=hanging up',
      match: [
        'Their representatives constantly hang up the phone on me.',
        'The hotel desk hung up on me and continued to hang up after that.',
      ],
      noMatch: ['I hung up the phone and it was fixed the next day.'],
    },
    {
      // A refusal or a promise the company made again and again answers requests made again and
      // again: "they have repeatedly refused to correct it", "they continually tell me they will
      // call back". The customer's own "I repeatedly told them" is repeatedly-asked.
      id: 'repeat.repeatedly-refused',
      pattern:
        '=repeatedly|=continually|=constantly|=continuously =refused|=refuses|=refusing|=tell|=tells|=told|=telling|=promised|=promises|=promising|=ignored|=ignores|=ignoring|=rejected|=rejects',
      // Laws and warnings ignored are no contact ("repeatedly ignoring federal law").
      unless: '=law|=laws|=regulation|=regulations|=rules|=warning|=warnings',
      match: [
        'The builder has repeatedly refused to fix the leak.',
        'The phone company has continually told me a technician is on the way.',
      ],
      noMatch: [
        'They have never repeatedly refused anything, one email sorted it.',
        'The airline keeps repeatedly ignoring federal law on refunds.',
      ],
    },
  ],
);

// Who a customer speaks with, as a relative clause names them again ("the agent I spoke to").
const PERSON =
  '=person|=rep|=representative|=agent|=lady|=man|=woman|=guy|=gentleman|=associate|=csr|' +
  '=employee|=individual|=supervisor|=manager|=advisor|=operator|=girl|=specialist';

/** One time the customer got in touch; decide.ts counts them, and three are repeat contact. */
const CONTACT_RULES = family('contact', {}, [
  {
    id: 'contact.i-called',
    pattern: `i|we|i've|we've ~3 ${COUNTED_CONTACT}`,
    unless: [
      'a|an|in =written',
      // Being contacted is the company's contact, not the customer's: "I was called by a
      // collector", "I received a call", "I was emailed back".
      `=was|=were|=been|=being|=am|=received|=got ~1 ${GOT_IN_TOUCH}`,
      // The person a contact was with, named again: "the rep I spoke with said", "the lady I
      // talked to".
      `${PERSON} i|we ~1 =spoke|=talked|=spoken|=dealt`,
      // Police, courts and one's own lawyer are no contact with the company.
      '=police|=court|=courthouse|=clerk|=attorney|=attorneys|=lawyer|=lawyers|=sheriff',
    ],
    match: ['I called them on Monday.', 'We have also emailed the complaints team.'],
    noMatch: [
      'They called me on Monday.',
      'I never called anyone.',
      'I want a written answer.',
      'I was contacted by a debt collector.',
      'The agent I spoke with was kind.',
      'I called the police the same night.',
    ],
  },
  {
    id: 'contact.i-call',
    pattern: 'i|we =call|=phone|=email|=contact|=ring|=text|=chat|=write',
    match: ['Every month I call and they say the same.', 'So I email them the forms.'],
    noMatch: ['I will call them tomorrow.', 'They call me at work.'],
  },
  {
    id: 'contact.tried-to-call',
    pattern:
      "i|we|i've|we've ~3 =tried|=attempted|=trying|=attempting|=had|=continued|=began ~1 to ~1 call|contact|reach|email|phone|ring|chat|text|speak|talk",
    // "He said I had to call another number" is an instruction, not a call made.
    unless: '=said|=says|=told|=stated ~3 i|we ~1 =had|=have',
    match: ['I tried to call the branch.', 'We had to contact them about the fee.'],
    noMatch: [
      'They tried to call me.',
      'I plan to call them.',
      'The agent said I had to call the fraud team.',
    ],
  },
  {
    id: 'contact.made-a-call',
    pattern:
      "i|we|i've|we've ~3 =made|=sent|=placed|=left ~2 =call|=calls|=email|=emails|=message|=messages|=letter|=letters|=voicemail|=voicemails",
    match: ['I sent them an email.', 'We left a voicemail for the manager.'],
    noMatch: ['I received an email.', 'I made a payment.'],
  },
  {
    // Complaint letters often list their steps without a subject: "Called the bank on the 3rd."
    id: 'contact.called-without-subject',
    pattern: `^ ${CHANNEL}|=contacted|=spoke|=inquired|=disputed`,
    match: ['Called Acme on the 3rd and was told to wait.', 'Emailed them the statement.'],
    noMatch: ['Calling the helpline is free.', 'They emailed me the statement.'],
  },
]);

export { CONTACT_RULES, REPEAT_CONTACT_RULES };
