import type { LegalDate } from '#domain-core';

/**
 * A period runs to the end of its last day (CPL 85): the expiry fires at the first instant of the next legal day in
 * the configured zone. Zones without daylight saving (Asia/Shanghai) make this exact; others are resolved by probing.
 */
export function fireAt(dueOn: LegalDate, timeZone: string): Date {
  const [y, m, d] = dueOn.split('-').map(Number) as [number, number, number];
  const nextDayUtc = Date.UTC(y, m - 1, d + 1);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at;
  };
  const guess = nextDayUtc - offset(nextDayUtc);
  return new Date(nextDayUtc - offset(guess));
}
