/** Reads an analysis file's bytes from S3. NotFoundError when the object is gone, DependencyError otherwise. */
interface AnalysisFileReader {
  read(bucket: string, key: string): Promise<Buffer>;
}

/**
 * Reads a contact's user-defined attributes (Amazon Connect GetContactAttributes). An unknown
 * contact has none ({}); an unreachable Connect is a DependencyError.
 */
interface ContactAttributesReader {
  read(contactId: string): Promise<Readonly<Record<string, string>>>;
}

export type { AnalysisFileReader, ContactAttributesReader };
