import { ValidationError } from '../../shared/errors.js';

/** The field issues `action` fails with; any other outcome fails the test. */
const validationIssues = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

/** The field issues `pending` is rejected with; any other outcome fails the test. */
const rejectionIssues = async (pending: Promise<unknown>) => {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

export { rejectionIssues, validationIssues };
