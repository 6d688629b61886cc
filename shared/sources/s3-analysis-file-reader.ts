import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { DependencyError, NotFoundError } from '../errors.js';
import type { AnalysisFileReader } from './contact-lens-ports.js';

/** Reads Contact Lens analysis files from the Amazon Connect instance's bucket. */
class S3AnalysisFileReader implements AnalysisFileReader {
  constructor(private readonly client: S3Client) {}

  async read(bucket: string, key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (object.Body === undefined) return Buffer.alloc(0);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey)
        throw new NotFoundError(`s3://${bucket}/${key} no longer exists`);
      const name = error instanceof Error ? error.name : 'unknown error';
      throw new DependencyError(`cannot read s3://${bucket}/${key}: ${name}`, { cause: error });
    }
  }
}

export { S3AnalysisFileReader };
