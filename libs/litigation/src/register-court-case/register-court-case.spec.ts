import type { Court, Proceeding } from '../shared/court.js';
import { disputeClosed, fact } from '../testing/facts.js';
import { basicCourt, intermediateCourt, testContext } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { annulmentApplied, employerAppealed, FIRST_INSTANCE, finalAwardReceived, firstInstanceRegistered, SECOND_INSTANCE, workerSued } from '../testing/histories.js';
import type { RegisterCourtCase } from './register-court-case.js';

const register = (proceeding: Proceeding, caseNumber: string, court: Court = basicCourt, registeredOn = '2026-06-12'): RegisterCourtCase => ({
  type: 'RegisterCourtCase',
  data: { proceeding, court, caseNumber, registeredOn },
});
const at = testContext({ today: '2026-06-12' });
const august = testContext({ today: '2026-08-20' });
const higherCourt: Court = { courtId: 'court-zhejiang', level: 'higher' };

describe('RegisterCourtCase', () => {
  it('registers the first-instance case of a suit at the basic court', () => {
    given(workerSued)
      .when(register('first_instance', FIRST_INSTANCE), at)
      .then(fact('CourtCaseRegistered', { proceeding: 'first_instance', courtId: basicCourt.courtId, courtLevel: 'basic', caseNumber: FIRST_INSTANCE, registeredOn: '2026-06-12' }, at.now));
  });

  it('accepts full-width brackets, as courts print them', () => {
    given(workerSued)
      .when(register('first_instance', '（2026）浙0106民初1234号'), at)
      .then(fact('CourtCaseRegistered', { proceeding: 'first_instance', courtId: basicCourt.courtId, courtLevel: 'basic', caseNumber: '（2026）浙0106民初1234号', registeredOn: '2026-06-12' }, at.now));
  });

  it('registers the appeal at the intermediate court and the annulment as a special case there', () => {
    given(employerAppealed)
      .when(register('second_instance', SECOND_INSTANCE, intermediateCourt, '2026-08-20'), august)
      .then(fact('CourtCaseRegistered', { proceeding: 'second_instance', courtId: intermediateCourt.courtId, courtLevel: 'intermediate', caseNumber: SECOND_INSTANCE, registeredOn: '2026-08-20' }, august.now));
    const context = testContext({ today: '2026-06-22' });
    given(annulmentApplied)
      .when(register('annulment', '(2026)浙01民特88号', intermediateCourt, '2026-06-22'), context)
      .then(fact('CourtCaseRegistered', { proceeding: 'annulment', courtId: intermediateCourt.courtId, courtLevel: 'intermediate', caseNumber: '(2026)浙01民特88号', registeredOn: '2026-06-22' }, context.now));
  });

  it('changes nothing when the same registration is recorded again, and refuses a second number for the proceeding', () => {
    given(firstInstanceRegistered).when(register('first_instance', FIRST_INSTANCE), at).thenNothing();
    given(firstInstanceRegistered).when(register('first_instance', '(2026)浙0106民初1235号'), at).thenRefuses({ rule: 'courtCaseAlreadyRegistered', field: 'caseNumber' });
  });

  it('refuses a case nothing was filed for', () => {
    given(finalAwardReceived).when(register('first_instance', FIRST_INSTANCE), at).thenRefuses({ rule: 'courtCaseNeedsItsFiling' });
    given(firstInstanceRegistered).when(register('second_instance', SECOND_INSTANCE, intermediateCourt), at).thenRefuses({ rule: 'courtCaseNeedsItsFiling' });
    given(workerSued).when(register('annulment', '(2026)浙01民特88号', intermediateCourt), at).thenRefuses({ rule: 'courtCaseNeedsItsFiling' });
  });

  it('refuses a registration dated before the filing', () => {
    given(workerSued).when(register('first_instance', FIRST_INSTANCE, basicCourt, '2026-06-09'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'registeredOn' });
  });

  it.each([
    ['not a case number', 'case 1234'],
    ['another year', '(2025)浙0106民初1234号'],
    ['an intermediate court’s code at a basic court', '(2026)浙01民初1234号'],
    ['an appeal’s case type', '(2026)浙0106民终1234号'],
    ['a sequence starting with 0', '(2026)浙0106民初0123号'],
  ])('refuses a number that is %s', (_what, caseNumber) => {
    given(workerSued).when(register('first_instance', caseNumber), at).thenRefuses({ rule: 'courtCaseNumberWellFormed', field: 'caseNumber' });
  });

  it('refuses a court of the wrong level for the proceeding', () => {
    given(employerAppealed).when(register('second_instance', '(2026)浙0106民终1号', basicCourt, '2026-08-20'), august).thenRefuses({ rule: 'courtLevelFitsProceeding', field: 'court' });
    given(annulmentApplied).when(register('annulment', '(2026)浙民特1号', higherCourt, '2026-06-22'), testContext({ today: '2026-06-22' })).thenRefuses({ rule: 'courtLevelFitsProceeding' });
  });

  it('refuses a registration in a closed case', () => {
    given(workerSued, disputeClosed('withdrawn')).when(register('first_instance', FIRST_INSTANCE), at).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
