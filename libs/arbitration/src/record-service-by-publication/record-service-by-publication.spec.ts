import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply, suspend } from '../testing/steps.js';

const publish = (from: string, to?: string) => ({ type: 'RecordServiceByPublication' as const, data: to === undefined ? { from } : { from, to } });

describe('Service by publication (公告送达, Rules 46)', () => {
  it('pauses the award clock while published, and resumes it without those days', () => {
    given(...history([apply], [accept])).when(publish('2026-03-10')).then(
      { type: 'ServiceByPublicationRecorded', data: { disputeId: D, from: '2026-03-10', recordedAt: NOW } },
      { type: 'DeadlinePaused', data: { disputeId: D, deadlineId: 'awardWithinFortyFiveDays', pausedOn: '2026-03-10', reason: 'service_by_publication', pausedAt: NOW } },
    );
    // As with a suspension 10–22 Mar: 19 Apr + 12 days = Fri 1 May, Labour Day → Wed 6 May.
    const ended = given(...history([apply], [accept], [publish('2026-03-10')])).when(publish('2026-03-10', '2026-03-22')).decide();
    expect(ended.map((f) => f.type)).toEqual(['ServiceByPublicationRecorded', 'DeadlineResumed']);
    expect(ended[1]).toMatchObject({ data: { deadlineId: 'awardWithinFortyFiveDays', resumedOn: '2026-03-22', dueOn: '2026-05-06' } });
    const atOnce = given(...history([apply], [accept])).when(publish('2026-03-10', '2026-03-22')).decide();
    expect(atOnce.map((f) => f.type)).toEqual(['ServiceByPublicationRecorded', 'DeadlinePaused', 'DeadlineResumed']);
    expect(atOnce[2]).toMatchObject({ data: { dueOn: '2026-05-06' } });
  });
  it('changes nothing when repeated', () => {
    given(...history([apply], [accept], [publish('2026-03-10')])).when(publish('2026-03-10')).thenNothing();
    given(...history([apply], [accept], [publish('2026-03-10', '2026-03-22')])).when(publish('2026-03-10', '2026-03-22')).thenNothing();
  });
  it('refuses a period ending before it starts, overlapping publications, and publication while suspended', () => {
    given(...history([apply], [accept])).when(publish('2026-03-10', '2026-03-09')).thenRefuses('publicationPeriodOrdered', 'to');
    given(...history([apply], [accept], [publish('2026-03-10')])).when(publish('2026-03-12')).thenRefuses('publicationPeriodOrdered', 'from');
    given(...history([apply], [accept], [suspend])).when(publish('2026-03-12')).thenRefuses('notWhileSuspended');
  });
});

describe('A suspension during a publication (公告送达 and 中止 overlap, Rules 46)', () => {
  const resumeOn = { type: 'ResumeArbitration' as const, data: { resumedOn: '2026-03-22' } };
  it('keeps the award clock stopped when the suspension ends before the publication does', () => {
    const resumed = given(...history([apply], [accept], [publish('2026-03-08')], [suspend])).when(resumeOn).decide();
    expect(resumed[1]).toMatchObject({ type: 'DeadlineResumed', data: { reason: 'suspension', resumedOn: '2026-03-22', dueOn: null } });
  });
  it('counts neither period once the publication ends: 8–27 Mar out, 19 Apr + 19 days = Fri 8 May', () => {
    const ended = given(...history([apply], [accept], [publish('2026-03-08')], [suspend], [resumeOn])).when(publish('2026-03-08', '2026-03-27')).decide();
    expect(ended.map((f) => f.type)).toEqual(['ServiceByPublicationRecorded', 'DeadlineResumed']);
    expect(ended[1]).toMatchObject({ data: { reason: 'service_by_publication', resumedOn: '2026-03-27', dueOn: '2026-05-08' } });
  });
});
