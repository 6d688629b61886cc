import { describe, expect, it } from 'vitest';
import { ENV, readFunctionEnv } from '../../../../shared/config/env.js';
import { ConfigError } from '../../../../shared/errors.js';

describe('readFunctionEnv', () => {
  it('returns the variables the topology lists for the function', () => {
    const env = readFunctionEnv('detect', {
      [ENV.tableName]: 'cases',
      [ENV.signalsDlqUrl]: 'http://127.0.0.1:4566/000000000000/signals-dlq.fifo',
    });

    expect(env.tableName).toBe('cases');
    expect(env.signalsDlqUrl).toBe('http://127.0.0.1:4566/000000000000/signals-dlq.fifo');
  });

  it('names every variable the function needs and lacks, not only the first', () => {
    const error = (() => {
      try {
        return readFunctionEnv('detect', {});
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      { path: ENV.tableName, message: 'is required' },
      { path: ENV.signalsDlqUrl, message: 'is required' },
    ]);
  });
});
