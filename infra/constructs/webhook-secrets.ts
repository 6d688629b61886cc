import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements.js';
import type { SourceName } from '../../shared/config/sources-schema.js';

interface WebhookSecretsProps {
  readonly name: string;
  /** Each webhook source to hold a signing secret for, with the ARN of an existing secret if any. */
  readonly sources: readonly {
    readonly source: SourceName;
    readonly secretArn?: string | undefined;
  }[];
  readonly encryptionKey: kms.IKey;
}

/**
 * One Secrets Manager secret per enabled webhook source: imported when the configuration names an
 * existing ARN, otherwise created (KMS-encrypted) with a random placeholder that no platform can
 * sign with, until the admin puts the platform's signing secret in it.
 */
class WebhookSecrets extends Construct {
  /** Source name -> secret. */
  public readonly secrets: ReadonlyMap<SourceName, secretsmanager.ISecret>;

  constructor(scope: Construct, id: string, props: WebhookSecretsProps) {
    super(scope, id);
    const secrets = new Map<SourceName, secretsmanager.ISecret>();
    for (const { source, secretArn } of props.sources) {
      if (secretArn !== undefined) {
        secrets.set(source, secretsmanager.Secret.fromSecretCompleteArn(this, source, secretArn));
        continue;
      }
      const secret = new secretsmanager.Secret(this, source, {
        description: `${props.name}: ${source} webhook signing secret (set it after deploying)`,
        encryptionKey: props.encryptionKey,
      });
      acknowledge(
        secret,
        'SMG4',
        `The ${source} signing secret is issued by the platform and must change there first; rotate it by hand (platform, then put-secret-value).`,
      );
      // The cast: CDK declares optional attributes without `| undefined` (exactOptionalPropertyTypes).
      secrets.set(source, secret as secretsmanager.ISecret);
    }
    this.secrets = secrets;
  }

  /** Source name -> secret ARN: the value of `ENV.secretArns`. */
  secretArns(): Record<string, string> {
    const arns: Record<string, string> = {};
    for (const [source, secret] of this.secrets) arns[source] = secret.secretArn;
    return arns;
  }

  /** Read access to exactly these secrets (and their key, through Secrets Manager only). */
  grantRead(grantee: iam.IGrantable): void {
    for (const secret of this.secrets.values()) secret.grantRead(grantee);
  }
}

export { WebhookSecrets };
export type { WebhookSecretsProps };
