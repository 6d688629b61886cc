import { describe, expect, it } from 'vitest';
import { clip, jsonText, oneLine, shown, wellFormed } from '../../../shared/plain-text.js';

// Hostile text as a webhook can carry it: terminal escapes (a disguised OSC 8 link, a screen
// clear, a window title), BEL, a C1 control, bidi overrides and invisible characters.
const HOSTILE =
  'Acme\u001b]8;;https://evil.example\u001b\\Refund\u001b]8;;\u001b\\ \u001b[2J\u001b]0;pwned\u0007' +
  '\u009b31m\u202Eevil\u2066x\u2069\u200B\uFEFF\r\nNext: forged';

describe('oneLine', () => {
  it('leaves one visible line: no escape sequence, control, bidi override or invisible character', () => {
    // Act
    const line = oneLine(HOSTILE);
    // Assess
    expect(line).not.toMatch(/[\p{Cc}\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/u);
    expect(line).toBe(
      'Acme ]8;;https://evil.example \\Refund ]8;; \\ [2J ]0;pwned 31mevilx Next: forged',
    );
  });

  it('keeps emoji whole, joiner sequences included', () => {
    expect(oneLine(' family 👨‍👩‍👧 and 🇬🇧 ')).toBe('family 👨‍👩‍👧 and 🇬🇧');
  });

  it('replaces half a surrogate pair with U+FFFD, so encoders that reject it do not throw', () => {
    // Act
    const line = oneLine('Acme \uD83D Corp \uDE00');
    // Assess
    expect(line).toBe('Acme \uFFFD Corp \uFFFD');
    expect(() => encodeURIComponent(line)).not.toThrow();
  });
});

describe('wellFormed', () => {
  it('changes only unpaired surrogates', () => {
    expect(wellFormed('ok 😀 \uD83D')).toBe('ok 😀 \uFFFD');
  });
});

describe('clip', () => {
  it('cuts between grapheme clusters, never inside a surrogate pair or a flag', () => {
    // Act
    const cut = clip(`${'x'.repeat(46)}😀😀`, 48);
    const flags = clip(`${'x'.repeat(45)}🇬🇧🇬🇧`, 48);
    // Assess
    expect(cut).toBe(`${'x'.repeat(46)}…`);
    expect(flags).toBe(`${'x'.repeat(45)}…`);
    expect(wellFormed(cut)).toBe(cut);
  });
});

describe('shown', () => {
  it('quotes a value for an error message on one line, cut to 40 characters', () => {
    expect(shown(`\u001b]8;;https://evil.example\u0007CLICK${'y'.repeat(60)}`)).toBe(
      `"]8;;https://evil.example CLICK${'y'.repeat(9)}…"`,
    );
  });
});

describe('jsonText', () => {
  it('writes the value JSON.stringify writes, with what a terminal would act on escaped', () => {
    // Prepare
    const value = { id: 'a\u202Eb', text: 'x\u009B2J\u007F\u2028y\u200B😀\u001b', n: 1 };
    // Act
    const json = jsonText(value, 2);
    // Assess
    expect(json).toContain('"a\\u202eb"');
    expect(json).toContain('"x\\u009b2J\\u007f\\u2028y\\u200b😀\\u001b"');
    expect(JSON.parse(json)).toEqual(value);
  });
});
