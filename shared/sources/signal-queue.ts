import type { SignalQueueMessage } from './queue-message.js';

/** Where accepted Signals go: the FIFO signals queue. Throws DependencyError when it cannot be reached. */
interface SignalQueue {
  send(message: SignalQueueMessage): Promise<void>;
}

export type { SignalQueue };
