import { endOfLegalDay } from './legal-date.js';

describe('the end of a legal day (when deadlines fire)', () => {
  it('at midnight after the last day, in Shanghai', () => {
    expect(endOfLegalDay('2026-06-10', 'Asia/Shanghai').toISOString()).toBe('2026-06-10T16:00:00.000Z');
    expect(endOfLegalDay('2026-12-31', 'Asia/Shanghai').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('in UTC, and across a daylight-saving change', () => {
    expect(endOfLegalDay('2026-06-10', 'UTC').toISOString()).toBe('2026-06-11T00:00:00.000Z');
    // Europe/Berlin moves to summer time on 2026-03-29: midnight of the 29th is still winter time (UTC+1).
    expect(endOfLegalDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfLegalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
