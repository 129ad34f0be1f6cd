import fc from 'fast-check';
import { formatCaseNumber, parseCaseNumber, type CaseNumberFormat } from './case-number-format.js';

const hangzhou: CaseNumberFormat = { prefix: '杭劳人仲案字' };
const padded: CaseNumberFormat = { prefix: '甬劳人仲案', pattern: '{prefix}[{year}]{n:4}号' };

describe('formatCaseNumber', () => {
  it('writes the commission’s prefix, the year and the sequence in the default layout', () => {
    expect(formatCaseNumber(hangzhou, 2026, 123)).toBe('杭劳人仲案字〔2026〕第123号');
    expect(formatCaseNumber(hangzhou, 2027, 1)).toBe('杭劳人仲案字〔2027〕第1号');
  });

  it('follows a commission’s own layout, zero-padding where it says so', () => {
    expect(formatCaseNumber(padded, 2026, 7)).toBe('甬劳人仲案[2026]0007号');
    expect(formatCaseNumber(padded, 2026, 12345)).toBe('甬劳人仲案[2026]12345号');
  });

  it('refuses what is not a number of a year', () => {
    expect(() => formatCaseNumber(hangzhou, 2026, 0)).toThrow(RangeError);
    expect(() => formatCaseNumber(hangzhou, 2026, 1.5)).toThrow(RangeError);
    expect(() => formatCaseNumber(hangzhou, 26, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: ' ' }, 2026, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: 'x', pattern: '{prefix}{n}号' }, 2026, 1)).toThrow(/\{year\}/);
    expect(() => formatCaseNumber({ prefix: 'x', pattern: '{year}{n}{n}' }, 2026, 1)).toThrow(/\{n\}/);
  });
});

describe('parseCaseNumber', () => {
  it('reads the year and sequence back', () => {
    expect(parseCaseNumber(hangzhou, '杭劳人仲案字〔2026〕第123号')).toEqual({ year: 2026, sequence: 123 });
    expect(parseCaseNumber(padded, '甬劳人仲案[2026]0007号')).toEqual({ year: 2026, sequence: 7 });
  });

  it('rejects another commission’s number, another layout and forms the commission does not print', () => {
    expect(parseCaseNumber(hangzhou, '甬劳人仲案字〔2026〕第123号')).toBeUndefined();
    expect(parseCaseNumber(hangzhou, '杭劳人仲案字[2026]第123号')).toBeUndefined();
    expect(parseCaseNumber(hangzhou, '杭劳人仲案字〔2026〕第0123号')).toBeUndefined();
    expect(parseCaseNumber(hangzhou, '杭劳人仲案字〔2026〕第0号')).toBeUndefined();
    expect(parseCaseNumber(padded, '甬劳人仲案[2026]7号')).toBeUndefined();
    expect(parseCaseNumber(hangzhou, '杭劳人仲案字〔2026〕第123号 ')).toBeUndefined();
  });

  it('treats the prefix as text, not as a pattern', () => {
    const dotted: CaseNumberFormat = { prefix: 'A.B(1)' };
    expect(parseCaseNumber(dotted, formatCaseNumber(dotted, 2026, 5))).toEqual({ year: 2026, sequence: 5 });
    expect(parseCaseNumber(dotted, 'AxB(1)〔2026〕第5号')).toBeUndefined();
  });

  it('round-trips every year and sequence, in both layouts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(hangzhou, padded), (year, sequence, format) => {
        expect(parseCaseNumber(format, formatCaseNumber(format, year, sequence))).toEqual({ year, sequence });
      }),
    );
  });
});
