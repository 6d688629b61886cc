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

// Benchmarks only: the detector is compared with natural's own sentiment analyzer.
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  import type { SentimentAnalyzer } from 'natural/lib/natural/sentiment/index.js';

  const Analyzer: typeof SentimentAnalyzer;
  export default Analyzer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  import type { AggressiveTokenizer } from 'natural/lib/natural/tokenizers/index.js';

  const Tokenizer: typeof AggressiveTokenizer;
  export default Tokenizer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { readonly words: readonly string[] };
  export default stopwords;
}
