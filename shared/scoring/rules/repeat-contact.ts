import { rules } from './rule.js';

const CONTACT_VERB =
  'called|=call|phoned|rang|=rung|emailed|contacted|chased|messaged|=wrote|written|chatted|' +
  'explained|transferred|spoken|=spoke|=talked|=told|reported|raised|logged|complained|=ringing|' +
  '=followed|bounced|=passed|shunted|=pushed|=visited';

const CONTACT_NOUN =
  'calls|emails|chats|messages|tickets|people|agents|persons|departments|transfers|callbacks|' +
  'reps|representatives|advisors|advisers|engineers|staff|complaints|letters|different|separate|' +
  'operators|times';

/** Three or more contacts, several people, transfers, or starting over every time. */
const REPEAT_CONTACT_RULES = rules('repeat_contact', [
  `${CONTACT_VERB} ~4 <n3>|=many ~2 ${CONTACT_NOUN}|occasions`,
  '<n3> ~1 calls|emails|chats|tickets|callbacks|complaints|transfers',
  '<n3> different|separate|=phone ~1 calls|agents|people|departments|emails|advisors|advisers|adviser|reps|times|=numbers|operators|staff|teams|answers|stories',
  `<o3> ~1 time|call|email|callback|ticket|chat|attempt|complaint ~4 calling|phoning|ringing|messaging|explaining|explain|contacting|emailing|writing|chasing|asking|reporting|raising|speaking|talking|complaining|promised|${CONTACT_VERB}`,
  '<o3> promised? callback|call|chat|ticket|complaint|email',
  '<o3> person|agent|rep|representative|advisor|adviser|engineer|department|operator ~4 spoke|spoken|talked|talk|dealt|explained|explain|speaking|talking|transferred',
  're explain|explaining|=explained',
  'have|had|having|make|=made|asked|asks|ask ~1 to explain|explaining|repeat|re ~5 again|scratch|beginning|every|each|=over',
  'every|each single? person|agent|call|department|advisor|rep ~4 start|explain|repeat|different|sends|send',
  'call|phone|email|rang|chase|ring =and call|phone|email|rang|chase|ring',
  'bounced|passed|shunted|=transferred|=pushed|=passed ~2 around|between|about',
  'pillar to post',
  // "told me on Monday, Wednesday and Friday": three contacts named by day.
  `told|said|promised|${CONTACT_VERB} ~4 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday ~2 =monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday`,
  // "the umpteenth time I've rung": a vague but large count of contacts.
  `umpteenth|nth|hundredth|millionth|countless|numerous|multiple|=dozens|=umpteen ~2 time|times|occasions|calls|emails|chats ~4 calling|phoning|ringing|chasing|explaining|${CONTACT_VERB}`,
  `${CONTACT_VERB} ~4 countless|numerous|multiple|umpteen|=dozens|=loads|=lots ~2 of? times|occasions|calls|emails`,
  'countless|numerous|umpteen|endless|=multiple ~1 calls|emails|chats|tickets|complaints|transfers',
  'from one department|person|agent|team ~2 to another|the',
  'back and forth between',
  'send|sends|sending|pass|passing|bounce|shunt|transfer ~2 me ~2 somewhere|elsewhere|around',
  'round|around in circles',
  'lost count ~6 called|=call|rang|=rung|phoned|emailed|contacted|chased|spoken|=spoke|written|=wrote|calls|emails|times',
  'same conversation|story ~3 every|again|=times|before',
  '=keep|=kept|=keeps having? to? =calling|=chasing|=ringing|=emailing|=explaining|=repeating|=contacting|call|chase',
  'every|each single? time i|we ~1 call|phone|contact|chat|ring|email|ask',
]);

export { REPEAT_CONTACT_RULES };
