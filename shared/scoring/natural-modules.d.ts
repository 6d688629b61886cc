// natural publishes types per folder only; these declarations type the two file modules the
// detector deep-imports, so the package root (about a second to load) is never pulled in.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';

  const PorterStemmer: Stemmer;
  export default PorterStemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  import type { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';

  const jaroWinklerDistance: typeof JaroWinklerDistance;
  export default jaroWinklerDistance;
}
