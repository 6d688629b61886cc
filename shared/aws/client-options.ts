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

/** A command line's view of the cases table: name, endpoint (`aws` = the SDK default), region. */
interface TableTarget {
  readonly table: string;
  readonly endpoint: string;
  readonly region: string;
}

/** The client endpoint a command-line `--endpoint` value means: undefined (AWS itself) for `aws`. */
const endpointOf = (target: Pick<TableTarget, 'endpoint'>): string | undefined =>
  target.endpoint === 'aws' ? undefined : target.endpoint;

export { endpointOf, sdkClientConfig };
export type { AwsClientOptions, TableTarget };
