import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { S3EventSourceV2 } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { triggerOf } from '../../shared/config/topology.js';
import { acknowledge } from '../nag-acknowledgements.js';

interface ContactLensTriggerProps {
  /** The existing bucket of the Amazon Connect instance. */
  readonly bucketName: string;
  /** The Amazon Connect instance whose contact attributes name the customer. */
  readonly connectInstanceId: string;
  readonly function: lambda.IFunction;
}

/**
 * Runs the contactlens function for each analysis file Contact Lens writes (S3 ObjectCreated on
 * the analysis prefix of the Connect bucket), with read access to that prefix only and to the
 * contact attributes of the one Connect instance. The bucket is not ours: CDK adds the
 * notification next to the bucket's existing ones (a custom resource) and changes nothing else.
 */
class ContactLensTrigger extends Construct {
  public readonly bucket: s3.IBucket;

  constructor(scope: Construct, id: string, props: ContactLensTriggerProps) {
    super(scope, id);
    const { prefix, suffix } = triggerOf('contactlens', 's3');
    this.bucket = s3.Bucket.fromBucketName(this, 'ConnectBucket', props.bucketName);
    props.function.addEventSource(
      new S3EventSourceV2(this.bucket, {
        events: [s3.EventType.OBJECT_CREATED],
        filters: [{ prefix, suffix }],
      }),
    );
    props.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    props.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['connect:GetContactAttributes'],
        resources: [
          Stack.of(this).formatArn({
            service: 'connect',
            resource: 'instance',
            resourceName: `${props.connectInstanceId}/contact/*`,
          }),
        ],
      }),
    );
    const role = props.function.role;
    if (role !== undefined) {
      acknowledge(
        role,
        `IAM5[Resource::arn:<AWS::Partition>:s3:::${props.bucketName}/${prefix}*]`,
        'Contact Lens names each analysis file by date and contact id; read access is limited to GetObject under the analysis prefix of the one Connect bucket.',
      );
      acknowledge(
        role,
        `IAM5[Resource::arn:<AWS::Partition>:connect:<AWS::Region>:<AWS::AccountId>:instance/${props.connectInstanceId}/contact/*]`,
        'GetContactAttributes of any contact of the one configured Connect instance: the contact id is only known from each analysis file.',
      );
    }
  }
}

export { ContactLensTrigger };
export type { ContactLensTriggerProps };
