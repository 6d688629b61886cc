import { family } from './rule.js';

const LAWYER = 'lawyer|attorney|solicitor|counsel|legal|litigator';

// A lawyer who needs a copy of an invoice or a signed agreement is paperwork, not a threat.
const PAPERWORK =
  'copy|invoice|signed|countersigned|paperwork|documents|agreement|dpa|nda|review|audit|' +
  'approve|procurement|renewal|terms';

const REGULATOR =
  '=regulator|=regulators|ombudsman|ombudsmen|ofcom|ofgem|ofwat|fca|cfpb|cfbp|fcc|doj|bbb|watchdog|' +
  'tribunal|caa|cqc|cma|ico|puc|ofsted|finra|' +
  // Ireland's energy and communications regulators, Australia's consumer regulator and telecom
  // ombudsman, the UK's Financial Ombudsman Service by its initials.
  'cru|comreg|accc|acma|tio|=fos|' +
  // Canada's telecom complaints body and insurance ombudservice; India's insurance regulator.
  'ccts|ombudservice|irdai|' +
  // Australia's financial complaints authority and its states' civil tribunals, Ireland's
  // financial ombudsman, New Zealand's Health and Disability Commissioner.
  'afca|acat|ncat|vcat|fspo|hdc';

// Complaint narratives address the regulator they are written to ("CFPB, please help me", "Dear
// Consumer Financial Protection Bureau", "upload it to the CFPB portal", a reference number):
// writing to the portal is not itself a threat, whichever way the agency is named.
const ADDRESSING_THE_PORTAL = [
  // (Exact form: "refer to my CFPB complaint" points back to one already filed.)
  'dear|portal|=reference|=referred',
  // "CFPB, help me" asks; "the assistance of the CFPB in helping us resolve this with the bank"
  // is a complaint about the bank, hence the exact form.
  'cfpb|cfbp|bureau ~1 please|=help|step',
  'please ~1 cfpb|cfbp',
  // What the complaint asks the regulator itself to do for the customer's file: "CFPB remove the
  // accounts", "so that CFPB can see". (Asking it to investigate the company, "I request that the
  // CFPB investigate their lending", is a complaint to the regulator about them, and counts.)
  'cfpb|cfbp ~1 remove|see|block|delete|correct',
  // The agency's own publications and rules, cited: "per the CFPB's report", "the CFPB debt
  // validation requirement", "according to the CFPB".
  'cfpb|cfbp ~2 =report|=study|=data|=research|=requirement|=requirements|=website|=guidelines',
  '=according ~4 cfpb|cfbp|bureau',
  // A greeting at the top ("Hi CFPB", "Attention: California CFPB") and the hope of help the
  // narrative puts in it ("I come across CFPB hoping you can help", "sharing this with the
  // bureau in the hope that action will be taken") are the portal, not a complaint named.
  '^ hi|hello|attention',
  '=hoping|=hopeful',
  'in the? hope',
];

// The regulator's own doings told as news: what it allows, knows or focuses on ("the CFPB is
// allowing these practices", "the CFPB already knows"), a case it brought, and complaints that
// other customers made ("the number of CFPB complaints", "customers have complained").
const REGULATOR_AS_NEWS = [
  'cfpb|cfbp|bureau|=regulator|=regulators ~2 =allowing|=allow|=allows|=let|=lets|=focusing|=knows',
  'cfpb|cfbp|bureau ~1 =brought|=fined|=sued',
  '=number|=most|=other|=others|customers|consumers|people|=reviewed ~3 =complaints|=complained',
  // Complaints as the cause of what the regulator did ("the refunds came about due to complaints
  // to the CFPB, an investigation and a settlement") are others', told as news.
  '=due|=thanks|=following to? =complaints',
];

// Identity-theft victims report the thief to the FTC as a matter of course ("I reported the
// crime to the police, filed a report with the FTC"): only a complaint or report about the
// company is a threat, by either of the agency's names.
const IDENTITY_THEFT_REPORT = [
  'police|fraudulent|fraud|attached|enclosed|violation|=investigated|crime',
  '=told|advised ~2 to ~3 report',
];

/** Suing, lawyers as a threat, courts, regulators and ombudsmen, chargebacks. */
const LEGAL_RULES = [
  ...family(
    'legal_threat',
    {
      unless: [
        'sue|=sued|=suing me|us|=seller|=builder|=scammer|=scammers',
        'approved|=rules|=regulation|=regulations|=regulated|guidance',
        // A compliance officer or review is due diligence; the company's "non compliance", which
        // a threat names as its reason, is not.
        '=compliance =officer|=officers|=team|=department|=review|=certificate',
        // Identity-theft reports, settlements already reached and bankruptcy filings are not
        // threats against the company.
        '=identity|affidavit|=settlement|=settlements|bankruptcy|theft',
        // Exact forms: "personal" shares the stem of "person".
        '=individual|=individuals|=person|=persons|thief|scammer',
        'against me|us',
        'their|his|her ~1 counsel|lawyer|attorney|legal',
      ],
    },
    [
      {
        id: 'legal.sue',
        pattern: 'sue|=suing|=sued',
        // "we are being sued" is the company's lawsuit against the customer, "they were getting
        // sued" someone else's.
        // A question ("Can I sue them?") asks; it does not threaten.
        // "I am sued" too ("nto waht i am sued to", a typo for "used"); lenders that "can be
        // sued" under a ruling, or a company "sued by other consumers", are others' lawsuits.
        unless: [
          '=being|=been|=getting|=am|=is|=are|=was|=were =sued',
          '=can|=could|=should i|we ~1 sue',
          '=can|=could|=may be =sued',
          '=sued by',
          // "they had been in trouble and sued": a past lawsuit against them, someone else's.
          '=been ~3 =sued',
          // The time a collector has to sue ("the statute of limitation to sue on a debt") is law;
          // "they are suing for an amount I don't owe" is the company's lawsuit.
          'statute|limitation',
          'they|he|she ~2 =suing',
        ],
        match: ['My next action is to sue.'],
        noMatch: [
          'My old bank threatened to sue me.',
          'Online lenders can be sued through their officers, the court ruled.',
          'This same company was sued by other consumers many times.',
          "I'm not going to sue anyone, I just want my money back.",
          'Is this interest rate legal? Can I sue them?',
          'The statute of limitation for a collector to sue on a debt in Texas is four years.',
          'They are suing for an amount I do not remember owing.',
          'The company has been in trouble and sued over its car loans.',
        ],
      },
      {
        id: 'legal.lawsuit',
        pattern: 'lawsuit|litigation',
        // Someone else's lawsuit ("was part of a lawsuit", "facing lawsuits", "the lawsuit filed
        // in May", "the on going lawsuit against them") or a statute's "shall commence
        // litigation" is news, not a threat; so is a lawsuit the customer saw or read of, or one
        // that entitled them to a payment.
        unless: [
          'part|apart|cases|=filed|brought|decided|settled|=won|facing|their|his|her|ongoing|shall',
          'on going',
          '=saw|=seen|=read|=notified|news|=updated|entitled',
          // Others' lawsuits ("many more lawsuits", a jury's award) and a law saying a lawsuit
          // "must be filed" are not the customer's.
          'numerous|many|multiple|several|jury|awarded|must',
          // A lawsuit that exists already ("there is a class action lawsuit against the
          // installer") is news of one, not the customer's.
          '^ there ~2 =is|=are|=was|=were ~4 lawsuit',
          'and|but|so there ~2 =is|=are|=was|=were ~4 lawsuit',
          // The company named in someone's lawsuit, or sued after the account went to collection
          // ("mentioned in a lawsuit", "followed by a lawsuit").
          '=mentioned|=named in',
          '=followed by',
          // A lawsuit already over ("a year after the end of the litigation", "before it ended in
          // litigation") is the story of one.
          '=ended|=concluded',
          '=end of',
          // A lawsuit described ("the lawsuit is between the dealer and the lender", "the lawsuit
          // accused them of false advertising") is one that exists already.
          'the lawsuit ~2 =is|=was|=between|=accused|=accuses|=alleges|=alleged|=went',
          // The company's lawsuit against the customer, defended or threatened ("defending a
          // lawsuit from a collection agency", "threats of arrest, lawsuit, repossession"), one it
          // lost, or one the customer is already a party to ("a class action lawsuit that resulted
          // in the discharge"); a statute's "commence litigation".
          'defend|threat|=lost|=resulted|commence',
          // A lawsuit withdrawn, dismissed or with parties involved is one already brought.
          'withdraw|dismiss',
          '=involved in',
          // The company going to law itself ("so they can litigate then arbitrate the matter").
          'they|he|she ~2 =litigate|=litigating',
        ],
        match: ['I want this removed or litigation may follow.', 'We will start a lawsuit.'],
        noMatch: [
          'The account was part of a lawsuit between the lender and the servicer.',
          'I was notified I was entitled to a check due to the lawsuit.',
          'This company has many more pending lawsuits in the courts.',
          'The law clearly states a separate lawsuit must be filed for the deficiency.',
          'I recently see I might be apart of a class action lawsuit against the lender.',
          'There is already a class action lawsuit against the dealer over the same engines.',
          'They keep calling me with threats of arrest and a lawsuit.',
          'They lost a lawsuit recently over the same allotments.',
          'The landlord locked me out of the portal so they can litigate the arrears.',
          'The lender was mentioned in a lawsuit over the same fees.',
          'The car was repossessed, followed by a lawsuit from the debt buyer.',
          'The account was still open long after the lawsuit ended.',
          'And there is a lawsuit against them going on right now.',
          'The lawsuit accused the dealer of false advertising.',
        ],
      },
      {
        id: 'legal.seek-damages',
        pattern: '=seek|=seeking|=pursue|=pursuing|=sue|=suing ~2 damages',
        match: [
          'Thus I will be seeking damages.',
          'We will pursue damages for every day the line was down.',
        ],
        noMatch: ['The parcel arrived with damages to the box.'],
      },
      {
        id: 'legal.legal-representation',
        pattern: 'legal representation|advice|counsel|aid',
        // Sent to legal aid by someone else ("I was referred to legal aid and other websites").
        unless: '=referred',
        match: [
          'I have sought legal representation to pursue action.',
          'We are taking legal advice about the missed service credits.',
        ],
        noMatch: [
          'The representative gave me advice on the app.',
          'I was referred to legal aid, who could not help in my area.',
        ],
      },
      {
        // Asking an elected representative to look at the company.
        id: 'legal.elected-official',
        pattern: 'senator|congressman|congresswoman|congressional',
        // A statute's "Congressional findings and statement of purpose" is a citation.
        unless: 'findings',
        match: [
          'US Senator Smith has been alerted to the issues with your company.',
          'I have written to my congressman about your billing.',
        ],
        noMatch: [
          'I have not contacted my senator about this yet.',
          'As per 15 U.S.C 1681 Congressional findings and statement of purpose, I have rights.',
        ],
      },
      {
        // The customer calling for the government itself to step in against the company ("it's
        // time for federal intervention", "this company needs to be federally investigated"): a
        // regulator complaint without its name. An investigation the company is already under is
        // news of one.
        id: 'legal.federal-intervention',
        pattern: 'federal|government ~1 =intervention|=investigation|=investigated|=involvement',
        unless: 'under ~2 federal|government',
        match: [
          'Nobody at the gym chain will refund me, it is time for federal intervention.',
          'This phone company needs to be federally investigated for these roaming fees.',
        ],
        noMatch: [
          'The hotel group is already under federal investigation, I read.',
          'There is no need for federal intervention, just refund the deposit.',
        ],
      },
      {
        id: 'legal.department-of-justice',
        pattern: 'department of justice',
        match: [
          'I am requesting that the Department of Justice investigate your lending.',
          'We have passed your billing practices to the Department of Justice.',
        ],
        noMatch: ['My neighbour said she would complain to the Department of Justice.'],
      },
      {
        id: 'legal.legal-action',
        pattern: 'legal action|proceedings|claim|route|steps|recourse|remedies|avenues|options',
        // The company's threats of legal action, a dare to it, or legal action the customer does
        // not want ("I dont want to take legal action, I hope it can be forgiven": the negator
        // sits before "want", out of the guard's reach).
        // ("I had to threaten legal action" is the customer's own threat.) The company's legal
        // steps ("they would take legal steps") are not threats.
        unless: [
          '=threat|=threats|=threatened|=threatening|=threatens|=dare',
          "=don't|not|never =want|=wish ~2 take|start|pursue",
          'they|he|she ~1 =would|=will|=could|=might ~1 take|pursue|start',
        ],
        match: [
          'I will be taking legal action.',
          'I will pursue all available legal avenues.',
          'They leave me no option but to look into my legal options.',
        ],
        noMatch: [
          "I've got a question for your legal team about the GDPR clause in our contract.",
          'No legal action needed, the refund arrived.',
          'The letter made threats of legal proceedings if I did not pay by Friday.',
          "I don't want to take legal action, I just want the fees forgiven.",
          'The collector keeps threatening legal action over a debt I paid.',
          'If I miss the date they will take legal steps against me.',
        ],
      },
      {
        id: 'legal.see-court',
        pattern: 'see|=meet|take|=took|=taken|drag|escalate|bring|file|go ~5 civil? court',
        // The company taking the customer to court is its lawsuit.
        // So is one it filed ("now they filed a lawsuit in the magistrate court").
        unless: [
          '=take|=takes|=took|=taken|=dragged|=taking me|us',
          'they|he|she ~2 file',
          // "they will see me in court to get paid" is the collector's threat.
          'see me|us',
          // Papers filed with the court ("the contract that the lender filed with the court") are
          // the record of a case, not the customer going to court.
          '=contract|=document|=documents|=paperwork|=judgment|=judgement ~3 =filed',
        ],
        match: [
          'I told them I would see them in court.',
          'Happy to take you to court over this.',
          'If not fixed then I need only go to court.',
          'We will go to court over this invoice.',
          'I will be forced to escalate this matter to Federal court.',
        ],
        noMatch: [
          "My brother said he'd take you to court over less, but honestly it's fine, just fix the invoice.",
          'Also they took me to local court and I proved they took the money.',
          'Now they plan to take me to court even though I offered smaller payments.',
          'I am being told they can not help and that I have to go to court.',
          'Now they filed a lawsuit in the magistrate court without serving me.',
          'They refuse every offer and say they will see me in court to get paid.',
          'I never signed the contract that the lender filed with the court.',
        ],
      },
      {
        id: 'legal.been-to-court',
        pattern: '=been to ~2 court',
        match: [
          'I have been to court 2 times about these accounts.',
          'We have already been to court once over your billing.',
        ],
        noMatch: ['My name has been removed from this account per court order.'],
      },
      {
        id: 'legal.small-claims',
        pattern: 'small claims',
        // The company taking the customer to small claims is its lawsuit (as in legal.see-court).
        unless: ['take|=took|=taken me|us', 'appear|summons'],
        match: ['See you in small claims court.'],
        noMatch: [
          'My brother won at small claims against his builder.',
          'The collector said he would take me to small claims court over one late payment.',
        ],
      },
      {
        id: 'legal.law-suit',
        pattern: 'law =suit|=suits',
        unless: '=saw|=seen|=read|=notified|news|=updated|entitled|numerous|many|multiple|several',
        match: [
          'Not honouring the agreed deletion is grounds for a law suit.',
          'We will file a law suit if the refund is not paid.',
        ],
        noMatch: [
          'My neighbour said a law suit would cost too much.',
          'I saw the law suit recently about them.',
          'No wonder there are multiple class action law suits building against them.',
        ],
      },
      {
        id: 'legal.department-of-banking',
        pattern: 'department|division of =banking',
        match: ['I will contact the Department of Banking about this loan.'],
        noMatch: [
          'My sister works in the department of banking operations at a hospital, she said to wait.',
        ],
      },
      {
        id: 'legal.plaintiff',
        pattern: 'plaintiff',
        // The plaintiff of a case told or quoted is the other side's name in it ("I provided the
        // plaintiff with a letter", "the defendant does not have to pay the plaintiff").
        unless: 'pay|=paid|=provided|=gave|=sent|=served the plaintiff',
        match: [
          'I mark you as the would-be plaintiffs in a civil action.',
          'Our firm will be the plaintiff if you keep billing us.',
        ],
        noMatch: [
          'I am not a plaintiff in that case against the dealer.',
          'Before the trial I provided the plaintiff with proof that the bill was covered.',
        ],
      },
      {
        id: 'legal.formal-complaint',
        pattern: 'formal ~1 consumer|regulatory complaint',
        match: [
          'I will make a formal consumer complaint in the state of California.',
          'We are filing a formal regulatory complaint about the missing outage credits.',
        ],
        noMatch: ['I made a formal request for my statements.'],
      },
      {
        id: 'legal.class-action',
        pattern: 'class action',
        // Others' class actions are news ("the New Jersey class action claimed", "fines paid in
        // those class action cases"): only one the customer means to join or start counts.
        requires: 'join|start|file|seek|pursue|bring|lead|consider|will|want|like|intend|plan',
        // One that exists already ("I know there is a class action against the maker") is news.
        unless: 'there|their =is|=are|=was|=were',
        match: [
          'We will join any class action against you over these charges.',
          "I'm joining the class action against you.",
          'I am seeking class action law firms who may be interested.',
        ],
        noMatch: [
          'Is there a class action I can join against my old bank?',
          'There is a class action lawsuit against the lender going on at the moment.',
          'I know there is a class action against the maker, so I wanted to ask you.',
        ],
      },
      {
        id: 'legal.regulator',
        pattern: REGULATOR,
        // The regulator's own enforcement against the company ("a recent enforcement action from
        // CFPB", "hopefully they are being investigated by the CFPB") is news of it.
        // Its requirements or guidelines cited are law ("listed as one per the FCA requirements").
        unless: [
          ...ADDRESSING_THE_PORTAL,
          ...REGULATOR_AS_NEWS,
          'enforcement',
          '=being|=been =investigated',
          `${REGULATOR} ~2 =requirement|=requirements|=guideline|=guidelines`,
          // A complaint "against XXXX" names a redacted third party (legal.complaint-against-you).
          'against xxxx',
        ],
        match: [
          "I'm going to the ombudsman.",
          'The broker is getting reported to FINRA.',
          'I respectfully request the CFPB to investigate their lending practices.',
        ],
        noMatch: [
          'The agent said I could go to the ombudsman but honestly I just want it fixed.',
          'Please CFPB step in and get the late mark taken off.',
          'I have become aware of a recent enforcement action from CFPB against the lender.',
          'I am attaching the letter so that CFPB can see the debt is too old.',
          "Per the CFPB's own report, fees like these hit the poorest borrowers.",
          'Hi CFPB, my servicer added a fee I never agreed to.',
          'Why would regulators allow a lender to get away with fees like these?',
          'The three checks should count as one per the FCA requirements.',
          'I found the CFPB hoping you can help with my escrow.',
          'Other customers have filed complaints with the CFPB about the same fee.',
          'My complaints against XXXX about the dealer were ignored by the BBB.',
        ],
      },
      {
        id: 'legal.ftc',
        pattern: 'ftc',
        // (The family's own exceptions already drop identity theft and affidavits.) The police or
        // the crime is often the sentence's other clause, so the whole sentence is looked at.
        // Its guidelines or instructions cited are law, not a complaint.
        // So is the law it enforces ("they broke FTC trade law").
        unless: [
          ...IDENTITY_THEFT_REPORT,
          '=ftc =report|=reports',
          '=guidelines|=instructions',
          'ftc ~2 law',
          // A complaint to it "against XXXX" names a redacted third party.
          'against xxxx',
        ],
        unlessScope: 'sentence',
        match: [
          'I will also report this to the FTC.',
          'I filed a complaint with the FTC about your fees.',
          'We will report your fake reviews to the FTC.',
        ],
        noMatch: [
          'I have attached my FTC report.',
          'I have filed an FTC report about the accounts.',
          'I reported the crime to the police, filed a report with the FTC, and wrote to the bureaus.',
          'I was told to still report the attempt to FTC.',
          'They misstated the debt in clear violation of the law and FTC guidelines.',
          'That makes three times they have broken FTC trade law.',
          'I lodged a complaint with the FTC against XXXX, the gym that kept my deposit.',
        ],
      },
      {
        id: 'legal.trading-standards',
        pattern: 'trading standards',
        match: ['Reported you to Trading Standards this morning.'],
        noMatch: ["I'd never go to Trading Standards over this, just fix it."],
      },
      {
        id: 'legal.consumer-affairs',
        pattern: 'consumer affairs|council|forum',
        match: ['Consumer affairs will be hearing about this.'],
        noMatch: ['I went to consumer credit counseling for help.'],
      },
      {
        id: 'legal.utilities-commission',
        pattern: 'utilities commission',
        match: ['Complaint going to the utilities commission tomorrow.'],
        noMatch: ['The utilities commission approved the new tariff, fair enough.'],
      },
      {
        id: 'legal.section-75',
        pattern: 'section 75',
        match: ["I'm making a Section 75 claim with my credit card."],
        noMatch: ['My sister made a section 75 claim for her sofa.'],
      },
      {
        id: 'legal.report-you-to',
        // Complaint narratives redact the body's name ("I reported them to the XXXX already"), or
        // name it by its kind ("I told them I would report them to your agency").
        pattern: 'report ~1 you|them|=company|=firm|=bank ~3 to ~2 authorities|police|xxxx|agency',
        match: [
          "I'll report you to the police for this.",
          'I reported them to the XXXX already and heard nothing.',
          'I will be reporting them to your agency as well.',
        ],
        noMatch: [
          'report you to the council',
          'Reported the stolen parcel to the police, they need your tracking info.',
        ],
      },
      {
        // Reporting the company, said as what the customer will do: "stop calling me or I will
        // report the company". Reporting the customer late to the credit bureaus is the
        // company's act.
        id: 'legal.will-report-you',
        pattern: '=will|=would|=going|=gonna ~2 report ~1 =you|=them|=company|=lender|=bank',
        unless: ['to ~2 credit|bureau', 'as ~2 delinquent|late|=negative', '=manager|=boss'],
        match: [
          'They need to stop calling me at work or I will report the company.',
          'I told them I would report them.',
        ],
        noMatch: [
          'They said they would report me to the credit bureaus.',
          'I will report them as late payments on my own records.',
        ],
      },
      {
        // A complaint filed with a body whose name the narrative redacts: "I filed a complaint with
        // the XXXX", "placed a complaint with the XXXX bureau". With "the" it is an agency; a
        // complaint "with XXXX" alone is as often to the company itself under a redacted name.
        id: 'legal.complaint-with-redacted-body',
        pattern: 'file|=filled|placed|submitted|lodged|made ~3 complaint with|to the xxxx',
        match: [
          'I also filed a complaint with the XXXX and still no answer.',
          'Next steps are to file a complaint with the XXXX XXXX.',
        ],
        noMatch: ['I filed a complaint with XXXX and they responded with an offer.'],
      },
      {
        // The same complaint still to come: told as what the customer will do ("I will file a
        // complaint to XXXX", "we are prepared to lodge a complaint with XXXX"), it is a
        // threat to an outside body even without "the"; a company's own complaint line is not
        // threatened with.
        id: 'legal.will-complain-to-redacted-body',
        pattern:
          'will|going|gonna|prepared|plan ~4 file|lodge|submit ~3 complaint with|to the? xxxx|xxxxxxxx',
        match: [
          'If the calls keep coming I will file a complaint with XXXX.',
          'We are prepared to lodge a complaint with XXXX by Friday.',
        ],
        noMatch: ['I filed a complaint with XXXX and they closed it the same day.'],
      },
      {
        // Complaining to a regulator by its kind: "I have reached out to government agencies", "I
        // will be in touch with the state agency". ("Your agency" or "this agency" is as often the
        // company itself, a travel or collection agency.)
        id: 'legal.complain-to-agency',
        pattern:
          'complain|touch|=reached|=reaching ~4 =regulatory|government|federal|state ~1 agency',
        // A company that is itself an agency: "your collection agency", "this travel agency".
        unless: 'collection|travel|staffing|recruitment|employment|letting|advertising ~1 agency',
        match: [
          'I have reached out to government agencies for help with this lender.',
          'If they take another payment I will be in touch with the state agency.',
        ],
        noMatch: [
          'The collection agency would not return my calls.',
          'I have complained to your travel agency twice about the refund.',
          'I reached out to your agency last week about my booking.',
        ],
      },
      {
        id: 'legal.consumer-protection-office',
        pattern:
          'consumer protection ~2 office|agency|authority|bureau|complaint|body|department|division',
        match: ['I have reported you to the consumer protection agency.'],
        noMatch: [
          'Consumer affairs will be hearing about this.',
          'The buyer protection scheme covered it, thanks.',
        ],
      },
      {
        id: 'legal.complaint-to-consumer-protection',
        // Citing "my consumer protection rights" or "consumer protection law" threatens nobody.
        pattern: 'complaint|report|=went|=going ~3 consumer protection',
        match: ['Filing a complaint with consumer protection today.'],
        noMatch: ['This violates my consumer protection rights.'],
      },
      {
        id: 'legal.consumer-rights-office',
        pattern: 'consumer rights ~2 office|agency|authority|bureau|body|department',
        match: ['I have contacted the consumer rights office.'],
        noMatch: ['You violated my consumer rights under the statute.'],
      },
      {
        id: 'legal.file-suit',
        pattern: 'file|=filling|bring|start|pursue ~2 a? civil? =suit|lawsuit',
        // A statute's "the lender must file a separate lawsuit" is law, not a threat.
        // Nor is the company not filing one ("neither of them filed a separate lawsuit"), or being
        // invited to ("feel free to send it to collection and file a lawsuit").
        // "they filed a lawsuit" is the company's.
        // An attorney general's suit is the state's.
        unless: ['must|shall|lender|creditor|neither|nor|free|general', 'they|he|she ~2 file'],
        match: [
          'I will enact my rights to file a suit with the district court.',
          'If this is not resolved within 30 days I will be filling a civil suit.',
        ],
        noMatch: [
          'The other creditors should follow suit and fix it.',
          'The lender must file a separate lawsuit within three months.',
          'Neither the servicer nor the bank filed a separate lawsuit to collect it.',
          'If you disagree, feel free to return the check and file a lawsuit.',
          'Then they filed a lawsuit against the wrong address.',
        ],
      },
      {
        id: 'legal.complaint-against-you',
        // "complaint on" is as often a date or an account ("a complaint on 05/2018") as a company.
        pattern: 'file|lodge|submit|place|make|=made ~3 complaint ~2 against',
        // "I am filing a formal complaint against ..." is the complaint being written, to the
        // portal, not one made elsewhere.
        // So is "I am here to file a complaint against", "I would like to make a complaint against".
        // Complaint narratives keep the company's name and redact everyone else's: a complaint
        // "against XXXX" is against a third party (a merchant, another bureau).
        unless: ['=am|=submitting|=filing|formal', '=here|=like|=writing to', 'against xxxx'],
        match: ['I filed a previous complaint against Suntrust and nothing happened.'],
        noMatch: [
          'I made a complaint to your branch manager and she sorted it.',
          'I filed a complaint on their store account and it was fixed.',
          'I am filing a formal complaint against the bank for not cancelling the loan.',
          'I would like to make a complaint against this company for the letter they sent.',
          'I filed a complaint against XXXX, the store that sold me the couch.',
        ],
      },
      {
        // The complaint against the company said to be filed with the CFPB in the same sentence
        // ("Dear Consumer Financial Protection Bureau, I am writing to file a complaint against
        // the lender"): the greeting alone is the portal, a complaint named with it is one made.
        id: 'legal.complaint-to-cfpb',
        pattern: 'financial protection =bureau ~8 complaint against',
        match: [
          'Dear Consumer Financial Protection Bureau, I am writing to file a complaint against the lender.',
          'I have now lodged with the Consumer Financial Protection Bureau a complaint against your servicing team.',
        ],
        noMatch: ['I am writing to file a formal complaint against the lender about my balance.'],
      },
      {
        id: 'legal.consumer-financial-protection',
        // The agency by its full name, like its initials in legal.regulator; its own notices,
        // website and staff are not the customer's complaint.
        pattern: 'consumer financial protection|bureau',
        // The Consumer Financial Protection Act is a law cited, not the agency complained to.
        unless: [
          ...ADDRESSING_THE_PORTAL,
          ...REGULATOR_AS_NEWS,
          'notice|website|worked|staff|settlement|enclosed',
          'protection =act',
        ],
        match: [
          'I will report it to the Consumer Financial Protection Bureau.',
          'I told the rep I was contacting the Consumer Financial Bureau.',
        ],
        noMatch: [
          'The Bureau enforces the Consumer Financial Protection Act of 2010.',
          "I have enclosed the Consumer Financial Protection Bureau's notice to furnishers.",
          'Dear Consumer Financial Protection Bureau, here are my statements for June.',
          'The news said the Consumer Financial Protection Bureau sued the servicer last spring.',
          'The refunds came about due to complaints to the Consumer Financial Protection Bureau.',
        ],
      },
      {
        id: 'legal.punitive-damages',
        pattern: 'punitive|statutory damages',
        match: ['Your willful noncompliance exposes you to punitive damages and legal fees.'],
        noMatch: ['The parcel arrived with water damage, please replace it.'],
      },
      {
        id: 'legal.press-charges',
        pattern: 'press|file|bring ~2 criminal? =charges',
        // The collector threatening the customer with charges is the company's threat.
        unless: 'they|he|she|collector ~4 press|file|bring',
        match: ['I want to press charges against your collector for fraud.'],
        noMatch: ['You keep adding charges to my bill.'],
      },
      {
        id: 'legal.want-criminal-charges',
        pattern: 'want|seek|pursue ~2 criminal charges',
        match: [
          'I want criminal charges for fraud against them.',
          'We will seek criminal charges if the money is not returned.',
          'I am pursuing criminal charges over these withdrawals.',
        ],
        noMatch: [
          'Criminal charges against my ex-husband were dropped.',
          'I do not want to bring criminal charges, I just want my refund.',
        ],
      },
      {
        id: 'legal.claim-against',
        pattern: 'file|bring|make|submit ~2 claim ~2 against',
        match: ['You leave me no choice but to file a claim against you.'],
        noMatch: ['I filed a claim with my insurer for the water damage.'],
      },
      // A complaint letter that points back to an earlier complaint ("my previous complaint",
      // "complaint number ...") refers to one filed with the regulator.
      {
        id: 'legal.previous-complaint',
        // (Exact form: "my previous complaints" to the company itself are repeat contacts.)
        pattern: 'previous|prior|earlier|separate|initial|original ~2 =complaint',
        // The complaint served with a summons is the court paper of a lawsuit against the customer.
        unless: 'summons',
        match: ['Nothing was addressed in my previous complaint about this account.'],
        noMatch: [
          'My previous order arrived damaged.',
          'They ignored all my previous complaints to the branch.',
          'I sent them the original summons complaint and the dismissal.',
        ],
      },
      {
        // So does a complaint counted, when the sentence says it was filed ("the first complaint I
        // filed", "I am filing a new complaint because of their response"): a "third complaint
        // email" to the company is only a repeat contact.
        id: 'legal.counted-complaint',
        pattern: 'first|second|third|2nd|3rd|last|new ~2 complaint',
        requires: 'file|=filling|submitted|lodged|=made|=id|=number',
        // One filed with the company itself ("the third complaint I have filed with you", "filed it
        // online") is a repeat contact.
        unless: ['with|to you|your|=us', 'online|website|=email|=emails|app|chat'],
        unlessScope: 'sentence',
        match: [
          'The first complaint I filed was closed without an answer.',
          'My second complaint, submitted last month, got no reply either.',
        ],
        noMatch: [
          'Third complaint email this month, same canned reply.',
          'This is the third complaint I have filed with you about the driver.',
        ],
      },
      {
        // The regulator asked to look at the company itself ("please investigate these lenders",
        // "investigate this company's practices"): a regulator complaint by its letter. Asking for
        // an account or an inquiry to be investigated is a credit dispute, not this.
        id: 'legal.investigate-the-company',
        pattern: '=investigate ~4 =practices|=company|=companies|=lender|=lenders',
        // The customer's or someone else's own investigating ("I decided to investigate the
        // company", "they investigate whether the company is licensed").
        unless: ['i|we|they|he|she ~1 investigate', '=decided|=began|=started ~2 investigate'],
        match: [
          'Please investigate these lenders and their rollover fees.',
          "I ask that you investigate this company's practices before more people are hurt.",
        ],
        noMatch: [
          'Please investigate the inquiries on my report and remove them.',
          'I decided to investigate the company myself and found many reviews.',
        ],
      },
      {
        // Someone, the regulator, asked to hold the company to account ("someone needs to hold
        // them accountable", "I want this lender held to account"): the customer's own
        // accountability is not it.
        id: 'legal.hold-accountable',
        pattern: 'hold ~3 =accountable',
        unless: 'me|myself|us|ourselves ~1 =accountable',
        match: [
          'Someone needs to hold these lenders accountable for the interest they charge.',
          'I am asking you to hold the company accountable.',
        ],
        noMatch: ['I hold myself accountable for the missed payment.'],
      },
      {
        // Penalties to be enforced on the company ("penalties should be enforced"), not a late
        // penalty the lender charges.
        id: 'legal.penalties-enforced',
        pattern: '=penalties|=penalty|=fines ~3 =enforced',
        match: [
          'The fines should be enforced for every unauthorized debit.',
          'I expect the penalties to be enforced against this servicer.',
        ],
        noMatch: ['They charged me a penalty for paying early.'],
      },
      {
        // A complaint or report to the body in charge, left unnamed: "I will file a complaint with
        // the appropriate division", "report them to the proper authorities". (A department is as
        // often the company's own.)
        id: 'legal.appropriate-authority',
        pattern: 'complaint|report ~4 appropriate|proper ~1 division|authorities|agency',
        match: [
          'I will be filing a complaint with the appropriate agency next week.',
          'This has been reported to the proper authorities.',
        ],
        noMatch: ['They said my file went to the appropriate department for review.'],
      },
      {
        // "This is not my first complaint on this company": one already filed, as in
        // legal.previous-complaint.
        id: 'legal.not-first-complaint',
        pattern: 'not ~2 first complaint',
        match: [
          'This is not my first complaint about this lender.',
          'This is not our first complaint about your billing team.',
        ],
        noMatch: ['This is my first complaint about this lender.'],
      },
      {
        id: 'legal.already-filed-complaint',
        pattern: 'already ~2 =filed|=submitted|=made|=lodged ~2 complaint',
        match: ['I already filed a complaint about this.'],
        noMatch: ['I already filed a claim with my insurer.'],
      },
      {
        id: 'legal.complaint-number',
        pattern: 'complaint =number|=numbers|=case|=reference',
        match: ['I already have a complaint number for this from last year.'],
        noMatch: ['Please give me a reference number for my order.'],
      },
      {
        // A complaint pointed back to by reference ("please refer to complaint 1234",
        // "Please reference complaint ID 1234"): one already filed, as in legal.complaint-number.
        id: 'legal.reference-to-complaint',
        pattern: '=reference|=refer|=referencing ~2 complaint',
        match: [
          'Please refer to complaint 1234, which is still open.',
          'Please reference complaint ID 5678.',
          'Our ticket about the hotel refund is made with reference to complaint 88.',
        ],
        noMatch: ['This is in reference to my loan application from May.'],
      },
      {
        id: 'legal.in-conjunction-with-complaint',
        pattern: 'conjunction with ~2 complaint',
        match: ['This complaint is in conjunction with complaint 1234.'],
        noMatch: ['The fee was charged in conjunction with the transfer.'],
      },
      {
        id: 'legal.better-business-bureau',
        pattern: 'better business bureau',
        match: ['Reporting you to the Better Business Bureau.'],
        noMatch: ["I'd never bother the better business bureau over this."],
      },
      {
        id: 'legal.attorney-general',
        pattern: "attorney general|=general's",
        // Attorneys general acting on their own ("investigated by attorneys general across several
        // states", "the attorney general in Arkansas has also filed suit") or writing to the
        // customer about a scammer are news, not the customer's complaint.
        unless: [
          'by ~3 attorney',
          'general ~4 =has|=have ~1 =filed|=sued|=brought',
          '=letter from ~3 attorney',
          // As in legal.complaint-against-you, a complaint "against XXXX" is a redacted third
          // party's.
          'against xxxx',
        ],
        match: [
          "I've written to the state attorney general about you.",
          "A complaint is going in to the Attorney General's office in Ohio.",
        ],
        noMatch: [
          'My neighbour went to the attorney general about his builder.',
          'The lender is already being investigated by attorneys general in several states.',
          'The attorney general in our state has also filed suit against the installer.',
          'My cousin took a complaint to the Attorney General against XXXX about a roofer.',
        ],
      },
      {
        // A state's or district's attorney (the prosecutor, or the attorney general's office by
        // another name): "I turned them over to the State Attorney's Office".
        id: 'legal.state-attorney',
        pattern: "state|district =attorney|=attorney's|=attorneys",
        // ("state attorney general" is legal.attorney-general's, with its own exceptions.)
        unless: ['by ~3 attorney', '=letter from ~3 attorney', 'general'],
        match: [
          "I have turned this over to the State Attorney's Office.",
          'The contractor kept our money, so the district attorney has the file now.',
        ],
        noMatch: [
          'The company was investigated by the state attorney years ago.',
          'Two state attorney general offices are looking into the seller.',
        ],
      },
      {
        id: 'legal.chargeback',
        // A threatened or filed chargeback; a chargeback the bank handled is the complaint itself.
        pattern: "i'll|i'm|i|we'll|we're|we|will|going|gonna ~3 chargeback",
        match: ["I'm filing a chargeback.", 'I will be issuing a chargeback with my card.'],
        noMatch: [
          'No chargeback needed, refund came through.',
          'Chase neglected to pursue this chargeback.',
        ],
      },
      {
        // A chargeback reported as done, in a note's shorthand: "Chargeback raised with Visa."
        id: 'legal.chargeback-raised',
        pattern:
          '^ chargeback ~1 =raised|=submitted|=filed|=lodged|=opened|=requested|=started|=initiated|=done',
        match: ['Chargeback lodged with my bank today.', 'Chargeback requested. Never again.'],
        noMatch: ['Chargeback denied by the bank, so I am stuck.'],
      },
      {
        // Disputing it "with my bank" or card company is a chargeback by its everyday name, when
        // it is being done or about to be; a dispute the bank handled in the past is the story of
        // one with a merchant.
        id: 'legal.disputing-with-my-bank',
        pattern: '=disputing ~3 with my ~2 =bank|=card|=issuer|=amex|=visa|=mastercard',
        unless: '=filed|=opened|=had',
        match: ["If the fee isn't refunded I'm disputing it with my card company."],
        noMatch: ['I had disputed it with my bank years ago and won.'],
      },
      {
        // The same about to be filed: "I will file a dispute with my bank tomorrow", "I will be
        // filing a fraud claim with my bank".
        id: 'legal.file-dispute-with-my-bank',
        pattern: 'file ~3 dispute|claim with my ~2 =bank|=card|=issuer|=amex|=visa|=mastercard',
        unless: '=filed',
        match: [
          'I will file a dispute with my bank tomorrow once it posts.',
          'If the refund is not back by Friday I will file a claim with my card issuer.',
        ],
        noMatch: ['I filed a dispute with my bank but it did nothing.'],
      },
      {
        // A civil suit or action the customer names as theirs ("a civil suit may be necessary",
        // "I will be using civil action"); one the company filed is its own.
        id: 'legal.civil-suit',
        pattern: 'civil =suit|=lawsuit|=action|=actions|=litigation',
        unless: ['they|he|she|lender|creditor ~2 file', 'summons|=served'],
        match: [
          'A civil suit is my next step if the deposit is not returned.',
          'We are preparing a civil action over the unpaid invoices.',
        ],
        noMatch: [
          'Then they just filed a civil suit asking for the full amount.',
          'Now I got served a civil action summons with 20 days to respond.',
        ],
      },
      {
        // Arbitration the customer asks for or opts into is a legal proceeding; the contract's
        // arbitration clause is paperwork.
        id: 'legal.arbitration',
        pattern: 'arbitration',
        // A question ("is there an arbitration process?") asks about it.
        unless: 'agreement|clause|binding|must|mandatory|they|there|process',
        match: [
          'I am requesting arbitration to settle the debt.',
          'We have opted into arbitration over the early termination fee.',
        ],
        noMatch: [
          'I need the original contract with the arbitration agreement attached.',
          'Is there an arbitration process for disputes like this?',
        ],
      },
      {
        // Holding the company liable: "I would have to hold you personally liable", "I would be
        // happy to hold you responsible for damages".
        id: 'legal.hold-you-liable',
        pattern: 'hold you|them ~2 =liable|=responsible',
        // Responsible in law: "I hold you responsible for my evening" alone blames, no more.
        requires: 'liable|damages|law|legal|court',
        match: [
          'I will hold you personally liable for this.',
          'I would be happy to hold you responsible for damages under the law.',
        ],
        noMatch: [
          'Please hold the parcel at the depot for me.',
          'I hold you responsible for ruining our anniversary dinner.',
        ],
      },
      {
        // A formal letter's threat: every remedy open to the customer, without naming one.
        id: 'legal.pursue-remedies',
        // ("Relief" alone is too broad: debt relief, pain relief.)
        pattern: 'pursue|=exercise|=seek|=seeking ~3 =remedies|=remedy|=recourse',
        match: [
          'Without a refund by Friday we will pursue all remedies open to us.',
          'I will be seeking the remedy the statute allows for every call.',
        ],
        noMatch: [
          'The remedies page on your site was helpful.',
          'I am seeking relief from these debts through a counselor.',
        ],
      },
      {
        // A solicitor's first formal step: "a letter before action", "a letter of demand".
        id: 'legal.letter-before-action',
        pattern: 'letter ~1 before|of =action|=demand|=claim',
        match: ['Our solicitors will send a letter before action on Monday.'],
        noMatch: ['The letter of complaint I sent in June got a nice reply.'],
      },
      {
        id: 'legal.legal-notice',
        pattern: 'legal =notice',
        unless: ['=received|=got|=from', '=sent me'],
        match: ['Now I will send a legal notice to your head office.'],
        noMatch: ['I received a legal notice from the collection agency.'],
      },
      {
        // "have it charged back", "charge it back": a chargeback by its verb.
        id: 'legal.charged-back',
        pattern: 'it|this|them|payment|transaction ~1 =charged|=charging back',
        match: ["I'm asking my card company to have the payment charged back."],
        noMatch: ['The fee was charged back to my account by you, thanks.'],
      },
      {
        id: 'legal.fair-trading',
        pattern: 'fair trading',
        requires: 'complain|complaint|report|lodge|contact|going|taking|refer',
        match: ["We've complained to NSW Fair Trading about the lift fees."],
        noMatch: ['Your fair trading policy is on the website.'],
      },
      {
        id: 'legal.financial-conduct-authority',
        pattern: 'financial conduct authority',
        match: ["I'm writing to the Financial Conduct Authority about this."],
        noMatch: ['Expect to hear from the Financial Ombudsman about this.'],
      },
      {
        id: 'legal.information-commissioner',
        pattern: 'information commissioner',
        match: ["I'll be reporting this data breach to the Information Commissioner."],
        noMatch: ['Your agent said I could go to the Information Commissioner.'],
      },
      {
        id: 'legal.trade-commission',
        pattern: 'trade commission',
        unless: [...IDENTITY_THEFT_REPORT, '=report|=reports from', '=guidelines|=guideline'],
        match: ["I'm filing a complaint with the Federal Trade Commission."],
        noMatch: [
          "The agent told me to try the Federal Trade Commission, but I'd rather you fix it.",
          'I sent in a report from the Federal Trade Commission with my statement.',
          'To remove the fraudulent items I need to file with the Federal Trade Commission.',
          "That letter does not meet the Federal Trade Commission's guidelines for validation.",
        ],
      },
      {
        id: 'legal.financial-ombudsman',
        pattern: 'financial ombudsman',
        match: ['Expect to hear from the Financial Ombudsman about this.'],
        noMatch: ["I'm writing to the Financial Conduct Authority about this."],
      },
      {
        id: 'legal.charge-back-card',
        pattern: 'charge back ~3 card|bank|payment|credit',
        match: ["I'll do a charge back on my credit card."],
        noMatch: ["I'm not going to charge back on my card, just refund me."],
      },
      {
        id: 'legal.data-protection-authority',
        pattern: 'data protection ~2 authority|complaint|regulator|officer',
        match: ["I'm raising a data protection complaint about this."],
        noMatch: ['Our data protection officer needs your compliance certificate.'],
      },
    ],
  ),
  // A charge reversed through the card issuer is a chargeback, whatever the customer calls it.
  ...family(
    'legal_threat',
    {
      requires: 'bank|card|credit|issuer|visa|mastercard|amex|paypal',
    },
    [
      {
        id: 'legal.asked-my-bank-to-reverse',
        pattern:
          'ask|=contacted|=contacting|told|=getting|=got my ~2 bank|card|issuer ~4 reverse|dispute|=claw ~3 charge|payment|transaction|back',
        match: ['I asked my card issuer to reverse the payment.'],
        noMatch: ['The bank agreed to dispute the charge and sent a new card.'],
      },
      {
        id: 'legal.reverse-charge',
        pattern:
          "i'll|i'm|we'll|we're|will|going|gonna ~5 reverse|dispute|=claw ~3 charge|payment|transaction|back",
        match: ["I'm contacting my bank to reverse the charge."],
        noMatch: [
          'I disputed a transaction in the app and it was fixed.',
          'Can you reverse the charge? My card was billed twice.',
          'I called to inquire about the disputed charges.',
        ],
      },
      {
        id: 'legal.report-card-fraud',
        pattern: 'report ~5 card|bank|issuer ~3 fraud|fraudulent|unauthorised|unauthorized',
        match: ['I will be reporting this to my credit card company as a fraudulent charge.'],
        noMatch: ['I reported my lost card to the bank, no fraud on it thankfully.'],
      },
    ],
  ),
  ...family('legal_threat', { unless: PAPERWORK }, [
    {
      id: 'legal.my-lawyer-touch',
      // ("My attorney has sent them letters", "my lawyer is working on it": acting for the customer.)
      pattern: `my|our ${LAWYER} ~4 touch|contact|call|write|letter|involved|hear|dealing|handle|advised|looking|instructed|aware|eager|=responsible|accountable|take|pursue|proceed|sent|=working`,
      // A lawyer who only told the customer of something ("my lawyer made me aware of the fee")
      // is news passed on, not a lawyer set on the company.
      unless: '=made|=make|=makes me ~1 aware',
      match: [
        'Our solicitor will pursue the unpaid service credits.',
        'My solicitor will be in touch.',
        'My lawyer will take this to the extreme.',
        'My attorney has sent them three letters about the debits.',
      ],
      noMatch: [
        'Our lawyer will be in touch about the signed agreement.',
        'My lawyer made me aware that the hotel had changed its cancellation terms.',
      ],
    },
    {
      id: 'legal.speak-lawyer',
      // Exact forms where the stem reaches nouns: "information", "calls" are no one consulting a lawyer.
      pattern: `speak|talk|consult|contact|=call|=called|=calling|get|instruct|hire|involve|pass|forward|refer|hand|take|need|warrant|retain|seek|find|=inform|=informed|notify|=obtain|=obtaining|follow ~4 ${LAWYER}`,
      unless: [
        'their|his|her ~1 counsel|lawyer|attorney|legal',
        // Lawyers the customer hears from ("calls from attorneys") are the company's, and one
        // the customer cannot afford is no threat.
        `from ~3 ${LAWYER}`,
        `=afford|=resources ~3 ${LAWYER}`,
        // The customer sent to legal aid by someone else; the attorney handling a house closing.
        'was|were|been =referred',
        'closing|conveyancing',
        // A lawyer someone else suggested ("he suggested we contact an attorney", "they told
        // me to get a lawyer"), or one who only gave advice, is not the customer's threat.
        `=suggested|=recommended|=advised ~4 ${LAWYER}`,
        `=told|=asked me|us to ~3 ${LAWYER}`,
        `${LAWYER} who|that ~1 =advised|=told|=said`,
        // The same without "who": "I call my lawyer they say it should be removed".
        `${LAWYER} they|he|she =say|=says|=said|=told`,
        // The company handing the account to its lawyers ("they referred me to an attorney",
        // "exercise their right to refer my account to an attorney", "they would take legal
        // steps") is its own move, not the customer's.
        'they|he|she|their ~3 refer|take|hand|pass|forward',
      ],
      match: [
        "I've now involved a solicitor.",
        'I think the situation warrants a lawyer.',
        'Next week I will find an attorney for this.',
        'I will be following up with a lawyer.',
      ],
      noMatch: [
        'Can I speak to your legal team about the DPA?',
        'I was referred to legal aid and other help websites.',
        'Now I get calls from attorneys about a debt I never took out.',
        "I don't have the resources to hire a lawyer, so I paid it.",
        'I immediately called my closing attorney, who saw the wire went to the wrong bank.',
        'The rep suggested I hire an attorney if I disagreed.',
        'Every time I asked, they told me to go get a lawyer.',
        'I spoke to a lawyer who said to pay it and move on.',
        'When I offered half, they referred me to an attorney for the rest.',
        'I called my lawyer he said the late mark should come off.',
        'The statement gave no information about the legal order fees.',
      ],
    },
    {
      // Going to a lawyer, said as the customer's step: "if not I am going to my attorney".
      id: 'legal.go-to-lawyer',
      pattern: `go|=went to my|our|a|an ${LAWYER}`,
      match: [
        'If this is not fixed by Friday I am going to my attorney.',
        'Return the deposit for the wedding venue or we go to our lawyer.',
      ],
      noMatch: ['I am going to my bank tomorrow to sort it out.'],
    },
    {
      id: 'legal.correspondence-lawyer',
      pattern: `correspondence ~4 ${LAWYER}`,
      match: ['All further correspondence will go through my solicitor.'],
      noMatch: ['Please send correspondence for our legal team with the signed copy.'],
    },
    {
      id: 'legal.matter-for-lawyer',
      pattern: `matter|case|issue ~1 for ~3 ${LAWYER}|court`,
      match: ['This is now a matter for my solicitor.'],
      noMatch: [
        'Not a matter for the lawyers, just fix the bill.',
        'The contract renewal issue is for our legal team to review.',
      ],
    },
    {
      id: 'legal.hear-from-my',
      pattern: `hear from my|our ${LAWYER}`,
      match: ["You'll be hearing from my lawyers."],
      noMatch: [
        'Consumer affairs will be hearing about this.',
        "You'll hear from my lawyer about the NDA, nothing to worry about.",
      ],
    },
    {
      id: 'legal.law-firm',
      pattern: 'hire|retain|engage|consult|involve|instruct ~3 law firm|office|practice',
      match: ['It only got sorted once I hired a law firm.'],
      noMatch: [
        'I hired a law firm to review the signed agreement.',
        'Then I got contacted by a law firm about the car.',
      ],
    },
    {
      id: 'legal.involved-a-lawyer',
      pattern: `involved|=instructed|=engaged|=hired|=consulted ~2 a|my|our ${LAWYER}`,
      // A lawyer consulted who only advised ("I consulted a lawyer who advised that I pay").
      unless: `${LAWYER} who|that ~1 =advised|=told|=said`,
      match: ["I've now involved a solicitor."],
      noMatch: [
        "There's no need to get a manager involved, the agent was great.",
        "I've engaged a solicitor to review the lease.",
        'I consulted a lawyer who advised that I pay the balance.',
      ],
    },
  ]),
];

export { LAWYER, LEGAL_RULES, REGULATOR };
