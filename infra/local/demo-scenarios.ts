import type { SampleCustomer, SampleFeedback, SampleSource } from './samples.js';

/** One thing the demo does: a webhook from a platform, and what the reader should expect. */
interface DemoScenario {
  readonly title: string;
  readonly source: SampleSource;
  readonly customer: SampleCustomer;
  readonly feedback: Omit<SampleFeedback, 'responseId' | 'at'>;
  readonly expect: string;
  /** Sends the previous scenario's bytes again, as a platform retrying a delivery would. */
  readonly duplicateOfPrevious?: boolean;
}

const northwind: SampleCustomer = {
  id: 'u-1001',
  email: 'dana.ortiz@northwind.example',
  name: 'Dana Ortiz',
  accountId: 'acct-northwind',
  accountName: 'Northwind Logistics',
  segment: 'strategic',
};

const bluebird: SampleCustomer = {
  id: 'u-2002',
  email: 'sam.okafor@bluebird.example',
  name: 'Sam Okafor',
  accountId: 'acct-bluebird',
  accountName: 'Bluebird Florists',
  segment: 'standard',
};

const pinecone: SampleCustomer = {
  id: 'u-3003',
  email: 'lee.park@pinecone.example',
  name: 'Lee Park',
  accountId: 'acct-pinecone',
  accountName: 'Pinecone Studio',
};

const tidewater: SampleCustomer = {
  id: 'u-4004',
  email: 'ari.cohen@tidewater.example',
  name: 'Ari Cohen',
  accountId: 'acct-tidewater',
  accountName: 'Tidewater Bikes',
  segment: 'low-margin',
};

const maple: SampleCustomer = {
  id: 'u-5005',
  email: 'jo.mensah@maple.example',
  name: 'Jo Mensah',
  accountId: 'acct-maple',
  accountName: 'Maple & Co',
  segment: 'standard',
};

/** The demo's story, in order; the texts are the project's own samples. */
const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    title: "A strategic customer's urgent outage",
    source: 'generic',
    customer: northwind,
    feedback: {
      nps: 0,
      comment:
        'Since 6am none of our dispatchers can log in and every shipment is stuck. We cannot ship a single order today and it is costing us a fortune. Fix this right now.',
    },
    expect: 'an urgent case for the senior tier: the pager and the team inbox are alerted',
  },
  {
    title: 'The same delivery again (the platform retried)',
    source: 'generic',
    customer: northwind,
    feedback: { nps: 0, comment: '' },
    duplicateOfPrevious: true,
    expect: 'accepted again, but no second case and no second alert',
  },
  {
    title: "A standard customer's churn threat",
    source: 'typeform',
    customer: bluebird,
    feedback: {
      nps: 2,
      comment:
        'This is the third invoice in a row with the wrong amount, and each time I explain it to someone new. Sort it out by Friday or we will cancel our subscription and go elsewhere.',
    },
    expect: 'a case for the advocates tier, due within business hours',
  },
  {
    title: 'A happy customer',
    source: 'delighted',
    customer: pinecone,
    feedback: {
      nps: 10,
      comment: 'The new booking page is lovely and our clients found it straight away. Thank you!',
    },
    expect: 'recorded, no case, nobody paged',
  },
  {
    title: 'A low-margin customer, served by standard procedures',
    source: 'zendesk',
    customer: tidewater,
    feedback: {
      nps: 1,
      comment:
        'Two weeks and still no answer on my ticket. I want to talk to someone who can actually fix this.',
    },
    expect: 'a case in the SOP queue, recorded and visible, no alert',
  },
  {
    title: 'A customer asking for an advocate',
    source: 'intercom',
    customer: maple,
    feedback: {
      nps: 2,
      comment:
        "I've now spoken to four different agents and I'm tired of repeating the whole story. Who can I talk to that can actually make a decision?",
    },
    expect: 'a case for the advocates tier',
  },
];

export { DEMO_SCENARIOS };
export type { DemoScenario };
