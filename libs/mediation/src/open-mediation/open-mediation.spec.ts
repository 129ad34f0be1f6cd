import { context, given } from '../testing/given.js';
import { opened } from '../testing/history.js';

const open = (receivedOn = '2026-03-01', bodyId = 'pm-1') => ({
  type: 'OpenMediation' as const,
  data: { body: 'peoples_mediation' as const, bodyId, mediatorId: 'm1', receivedOn },
});

describe('OpenMediation', () => {
  it('opens mediation and sets the 15-day window from the day the body received the application (LDMAL 14)', () => {
    given().when(open()).then(...opened);
  });
  it('is a no-op when repeated, and refused for a second body', () => {
    given(...opened).when(open()).thenNothing();
    given(...opened).when(open('2026-03-01', 'pm-2')).thenRefuses('mediationOpensOnce');
  });
  it('needs a registered dispute and a received date that has happened', () => {
    given().when(open(), context({ dispute: { ...context().dispute, registered: false } })).thenRefuses('disputeMustBeRegistered');
    given().when(open('2026-03-21')).thenRefuses('statedDatesNotInFuture', 'receivedOn');
  });
});
