import { ADVOCATE_ACTIONS, type AdvocateAction } from '../casework/routes.js';
import { CONSOLE_BASE } from './paths.js';

/** What a console request asks for. */
type ConsoleRoute =
  | { readonly page: 'queue' }
  | { readonly page: 'case'; readonly caseId: string }
  | { readonly page: 'history'; readonly caseId: string }
  | { readonly page: 'act'; readonly caseId: string; readonly action: AdvocateAction }
  | { readonly page: 'search' }
  | { readonly page: 'review' }
  | { readonly page: 'sign-out' }
  | { readonly page: 'not-found' };

const segment = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
};

const isAction = (value: string): value is AdvocateAction =>
  (ADVOCATE_ACTIONS as readonly string[]).includes(value);

/** Resolves a console path (`/console/...`) and method to a page; anything else is not found. */
const matchConsoleRoute = (method: string, path: string): ConsoleRoute => {
  if (!path.startsWith(CONSOLE_BASE)) return { page: 'not-found' };
  const parts = path
    .slice(CONSOLE_BASE.length)
    .split('/')
    .filter((part) => part !== '');
  const [first, id, action, extra] = parts.map(segment);
  const get = method === 'GET' || method === 'HEAD';
  if (parts.length === 0 && get) return { page: 'queue' };
  if (first === 'search' && parts.length === 1 && (get || method === 'POST'))
    return { page: 'search' };
  if (first === 'review' && parts.length === 1 && get) return { page: 'review' };
  if (first === 'sign-out' && parts.length === 1 && method === 'POST') return { page: 'sign-out' };
  if (first !== 'cases' || id === undefined || extra !== undefined) return { page: 'not-found' };
  if (action === undefined) return get ? { page: 'case', caseId: id } : { page: 'not-found' };
  if (action === 'history' && get) return { page: 'history', caseId: id };
  if (method === 'POST' && isAction(action)) return { page: 'act', caseId: id, action };
  return { page: 'not-found' };
};

export { matchConsoleRoute };
export type { ConsoleRoute };
