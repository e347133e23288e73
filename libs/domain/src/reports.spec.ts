import { ActionPlanStatus, Completion } from './enums.js';
import {
  completionAsOf,
  consultationDays,
  consultationProblem,
  isConsultationOpen,
  milestoneCompletionAsOf,
  reportProblem,
  ReportKind,
  reportWindow,
} from './reports.js';

const plan = { periodStart: '2016-10-01', periodEnd: '2018-06-30', status: ActionPlanStatus.CLOSED };

describe('what a report may be asked for', () => {
  it.each`
    status                            | kind                      | until           | problem
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.END_OF_TERM} | ${null}         | ${null}
    ${ActionPlanStatus.IMPLEMENTATION} | ${ReportKind.MID_TERM}    | ${'2017-11-30'} | ${null}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'2016-10-01'} | ${null}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'2018-06-30'} | ${null}
    ${ActionPlanStatus.CO_CREATION}    | ${ReportKind.END_OF_TERM} | ${null}         | ${/still being co-created/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.END_OF_TERM} | ${'2017-11-30'} | ${/MID_TERM reports only/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${null}         | ${/needs its cut-off date/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'2017-02-30'} | ${/YYYY-MM-DD, not "2017-02-30"/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'30.11.2017'} | ${/YYYY-MM-DD/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'2016-09-30'} | ${/within the plan's period, 2016-10-01 to 2018-06-30/}
    ${ActionPlanStatus.CLOSED}         | ${ReportKind.MID_TERM}    | ${'2018-07-01'} | ${/within the plan's period/}
  `('$kind of a $status plan until $until: $problem', ({ status, kind, until, problem }) => {
    const answer = reportProblem({ ...plan, status }, kind, until);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });

  it('covers the whole term at the end, and the term up to the cut-off at mid-term', () => {
    expect(reportWindow(plan, ReportKind.END_OF_TERM, null)).toEqual({ from: '2016-10-01', to: '2018-06-30', cutOff: null });
    expect(reportWindow(plan, ReportKind.MID_TERM, '2017-11-30')).toEqual({ from: '2016-10-01', to: '2017-11-30', cutOff: '2017-11-30' });
  });
});

describe('completion at a cut-off', () => {
  const updates = [
    { postedOn: '2017-03-01', completion: Completion.LIMITED },
    { postedOn: '2017-09-15', completion: Completion.SUBSTANTIAL },
    { postedOn: '2018-06-30', completion: Completion.COMPLETED },
  ];
  it.each`
    cutOff          | expected
    ${null}         | ${Completion.COMPLETED}
    ${'2017-02-28'} | ${Completion.NOT_STARTED}
    ${'2017-03-01'} | ${Completion.LIMITED}
    ${'2017-11-30'} | ${Completion.SUBSTANTIAL}
    ${'2018-06-30'} | ${Completion.COMPLETED}
  `('is $expected at $cutOff', ({ cutOff, expected }) => {
    expect(completionAsOf(Completion.COMPLETED, updates, cutOff)).toBe(expected);
  });

  const changes = [
    { postedOn: '2017-09-15', milestoneId: 'm1', from: Completion.LIMITED },
    { postedOn: '2018-06-30', milestoneId: 'm1', from: Completion.SUBSTANTIAL },
    { postedOn: '2017-01-10', milestoneId: 'm2', from: Completion.NOT_STARTED },
  ];
  it.each`
    milestone | cutOff          | expected
    ${'m1'}   | ${null}         | ${Completion.COMPLETED}
    ${'m1'}   | ${'2017-06-01'} | ${Completion.LIMITED}
    ${'m1'}   | ${'2017-12-31'} | ${Completion.SUBSTANTIAL}
    ${'m1'}   | ${'2018-06-30'} | ${Completion.COMPLETED}
    ${'m2'}   | ${'2017-06-01'} | ${Completion.COMPLETED}
    ${'m3'}   | ${'2016-12-31'} | ${Completion.COMPLETED}
  `('milestone $milestone is $expected at $cutOff: undone by the changes after it', ({ milestone, cutOff, expected }) => {
    expect(milestoneCompletionAsOf({ id: milestone, completion: Completion.COMPLETED }, changes, cutOff)).toBe(expected);
  });
});

describe('the public consultation on a draft report', () => {
  const today = '2018-07-01';
  it.each`
    opensOn         | closesOn        | field         | message
    ${'2018-07-01'} | ${'2018-07-14'} | ${null}       | ${null}
    ${'2018-06-20'} | ${'2018-07-03'} | ${null}       | ${null}
    ${'2018-07-01'} | ${'2018-07-13'} | ${'closesOn'} | ${/at least 14 days .* this period has 13/}
    ${'2018-07-10'} | ${'2018-07-01'} | ${'closesOn'} | ${/close after it opens/}
    ${'2018-06-01'} | ${'2018-06-30'} | ${'closesOn'} | ${/already be over/}
    ${'2018-13-01'} | ${'2018-07-30'} | ${'opensOn'}  | ${/YYYY-MM-DD/}
    ${'2018-07-01'} | ${'soon'}       | ${'closesOn'} | ${/YYYY-MM-DD/}
  `('from $opensOn to $closesOn: $field $message', ({ opensOn, closesOn, field, message }) => {
    const problem = consultationProblem({ opensOn, closesOn }, today);
    if (field === null) expect(problem).toBeNull();
    else expect(problem).toEqual({ field, message: expect.stringMatching(message) });
  });

  it('counts both ends: 1 to 14 June is two weeks', () => {
    expect(consultationDays({ opensOn: '2018-06-01', closesOn: '2018-06-14' })).toBe(14);
    expect(consultationDays({ opensOn: '2018-02-20', closesOn: '2018-03-05' })).toBe(14);
  });

  it.each`
    today           | open
    ${'2018-05-31'} | ${false}
    ${'2018-06-01'} | ${true}
    ${'2018-06-14'} | ${true}
    ${'2018-06-15'} | ${false}
  `('on $today it is open: $open', ({ today: day, open }) => {
    expect(isConsultationOpen({ opensOn: '2018-06-01', closesOn: '2018-06-14' }, day)).toBe(open);
  });
});
