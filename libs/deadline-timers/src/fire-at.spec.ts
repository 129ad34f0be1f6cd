import { fireAt } from './fire-at.js';

describe('when a deadline fires', () => {
  it('at midnight after the last day, in Shanghai', () => {
    expect(fireAt('2026-06-10', 'Asia/Shanghai').toISOString()).toBe('2026-06-10T16:00:00.000Z');
    expect(fireAt('2026-12-31', 'Asia/Shanghai').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('in UTC, and across a daylight-saving change', () => {
    expect(fireAt('2026-06-10', 'UTC').toISOString()).toBe('2026-06-11T00:00:00.000Z');
    // Europe/Berlin moves to summer time on 2026-03-29: midnight of the 29th is still winter time (UTC+1).
    expect(fireAt('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(fireAt('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
