import {
  GetContactAttributesCommand,
  ResourceNotFoundException,
  type ConnectClient,
} from '@aws-sdk/client-connect';
import { DependencyError } from '../errors.js';
import type { ContactAttributesReader } from './contact-lens-ports.js';

/** The contact's attributes, set by the contact flow (e.g. `customerId` after an account lookup). */
class ConnectContactAttributesReader implements ContactAttributesReader {
  constructor(
    private readonly client: ConnectClient,
    /** `sources.contactlens.connectInstanceId`; until it is set every file waits for a retry. */
    private readonly instanceId: string | undefined,
  ) {}

  async read(contactId: string): Promise<Readonly<Record<string, string>>> {
    if (this.instanceId === undefined)
      throw new DependencyError('sources.contactlens.connectInstanceId is not configured');
    try {
      const result = await this.client.send(
        new GetContactAttributesCommand({
          InstanceId: this.instanceId,
          InitialContactId: contactId,
        }),
      );
      return result.Attributes ?? {};
    } catch (error) {
      // An expired or foreign contact has no attributes; the Signal is then refused as unroutable.
      if (error instanceof ResourceNotFoundException) return {};
      const name = error instanceof Error ? error.name : 'unknown error';
      throw new DependencyError(`Amazon Connect GetContactAttributes failed: ${name}`, {
        cause: error,
      });
    }
  }
}

export { ConnectContactAttributesReader };
