/**
 * How every AWS client is built: the region, and for emulators an endpoint with dummy
 * credentials. Adapters receive ready clients; only the factories in this folder construct them.
 */
interface AwsClientOptions {
  readonly region: string;
  /** An emulator's URL (DynamoDB Local, fauxqs). Never set in AWS. */
  readonly endpoint?: string | undefined;
}

const EMULATOR_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** The SDK constructor options for a client: emulator endpoints get static dummy credentials. */
const sdkClientConfig = (options: AwsClientOptions) =>
  options.endpoint === undefined
    ? { region: options.region }
    : { region: options.region, endpoint: options.endpoint, credentials: EMULATOR_CREDENTIALS };

export { sdkClientConfig };
export type { AwsClientOptions };
