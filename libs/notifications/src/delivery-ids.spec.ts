import { deliveryJobId, factDeliveryId, reminderDeliveryId, reminderJobId } from './delivery-ids.js';

describe('delivery ids', () => {
  it('are the same for the same fact, kind and subscription, and differ when any of them differs', () => {
    const id = factDeliveryId('event-1', 'handoff', 'sub-1');
    expect(factDeliveryId('event-1', 'handoff', 'sub-1')).toBe(id);
    expect(new Set([id, factDeliveryId('event-2', 'handoff', 'sub-1'), factDeliveryId('event-1', 'expiry', 'sub-1'), factDeliveryId('event-1', 'handoff', 'sub-2')]).size).toBe(4);
    expect(id).toMatch(/^nd-[0-9a-f]{32}$/);
  });

  it('give a reminder one id per deadline, due version, lead and subscription, never colliding with a fact', () => {
    const key = 'c0ffee00-0000-4000-8000-000000000001/workerSuitAfterFinalAwardFifteenDays:w1';
    const ids = [reminderDeliveryId(key, 1, 3, 's'), reminderDeliveryId(key, 2, 3, 's'), reminderDeliveryId(key, 1, 1, 's'), reminderDeliveryId(key, 1, 3, 't')];
    expect(new Set(ids).size).toBe(4);
    expect(reminderDeliveryId(key, 1, 3, 's')).toBe(ids[0]);
    // BullMQ refuses ':' in job ids; deadline ids may contain it.
    for (const id of [...ids, reminderJobId(key, 1, 3)]) expect(id).not.toContain(':');
    expect(reminderJobId(key, 1, 3)).not.toBe(reminderJobId(key, 2, 3));
  });

  it('keep the delivery id as the first job id and give each replay a new one', () => {
    expect(deliveryJobId('nd-abc', 0)).toBe('nd-abc');
    expect(deliveryJobId('nd-abc', 1)).toBe('nd-abc-r1');
    expect(deliveryJobId('nd-abc', 2)).not.toBe(deliveryJobId('nd-abc', 1));
  });
});
