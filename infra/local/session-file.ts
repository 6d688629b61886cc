import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Where a running `npm start` leaves its API URL and cases token for `npm run demo` and other
 * local tools (git-ignored `.local/`, readable by this user only, removed on shutdown).
 */
const SESSION_FILE = '.local/session.json';

interface LocalSession {
  readonly apiUrl: string;
  readonly token: string;
}

const writeSession = async (session: LocalSession, file = SESSION_FILE): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(session), { mode: 0o600 });
};

const readSession = async (file = SESSION_FILE): Promise<LocalSession | undefined> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LocalSession;
  } catch {
    return undefined;
  }
};

const removeSession = (file = SESSION_FILE): Promise<void> => rm(file, { force: true });

export { readSession, removeSession, SESSION_FILE, writeSession };
export type { LocalSession };
