import type { DetectorInput, TriggerCategory } from '../../../../shared/scoring/assessment.js';
import { createDetector, type Detector } from '../../../../shared/scoring/detector.js';
import { exampleConfig } from '../../../helpers/config.js';

/** The detector compiled from the example configuration, once per test file. */
const exampleDetector = async (): Promise<Detector> =>
  createDetector((await exampleConfig()).detection);

/** A survey comment with no rating: the text alone decides. */
const survey = (text: string): DetectorInput => ({
  id: 't',
  kind: 'survey',
  text,
  rating: null,
  turns: [],
});

/** The trigger categories a detector finds in a survey comment. */
const categoriesOf = (detector: Detector, text: string): TriggerCategory[] =>
  detector.assess(survey(text)).triggers.map((trigger) => trigger.category);

export { categoriesOf, exampleDetector, survey };
