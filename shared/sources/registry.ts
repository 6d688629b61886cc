import type { SourcesConfig } from '../config/sources-schema.js';
import type { SourceAdapter, SourceAdapters, WebhookSourceName } from './adapter.js';
import { delighted } from './delighted.js';
import { generic } from './generic.js';
import { intercom } from './intercom.js';
import { qualtrics } from './qualtrics.js';
import { surveymonkey } from './surveymonkey.js';
import { typeform } from './typeform.js';
import { zendesk } from './zendesk.js';

/** Every webhook source, by the name in its URL (`/webhooks/{source}`). Add a platform here. */
const SOURCE_ADAPTERS: SourceAdapters = {
  typeform,
  delighted,
  zendesk,
  intercom,
  surveymonkey,
  qualtrics,
  generic,
};

const isWebhookSource = (name: string): name is WebhookSourceName =>
  Object.hasOwn(SOURCE_ADAPTERS, name);

/**
 * The adapter of a source, typed loosely for callers that hold the matching options section
 * (ingest and the normalize command look both up by the same name).
 */
const adapterFor = (name: WebhookSourceName): SourceAdapter<SourcesConfig[WebhookSourceName]> =>
  SOURCE_ADAPTERS[name];

export { adapterFor, isWebhookSource, SOURCE_ADAPTERS };
