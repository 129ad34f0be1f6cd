import { D, given, NOW } from '../testing/given.js';
import { opened } from '../testing/history.js';

describe('AssignMediator', () => {
  it('records a new mediator, ignores the same one, refuses before opening', () => {
    given(...opened).when({ type: 'AssignMediator', data: { mediatorId: 'm2' } }).then({ type: 'MediatorAssigned', data: { disputeId: D, mediatorId: 'm2', assignedAt: NOW } });
    given(...opened).when({ type: 'AssignMediator', data: { mediatorId: 'm1' } }).thenNothing();
    given().when({ type: 'AssignMediator', data: { mediatorId: 'm2' } }).thenRefuses('mediationMustBeOpen');
  });
});
