import { calendarOutOfOrder, CoCreationPhase, coCreationPhase, ogpDueDate, todayIn } from './co-creation.js';

const calendar = { callOpensOn: '2018-05-01', callClosesOn: '2018-05-31', reviewClosesOn: '2018-06-30', draftingClosesOn: '2018-07-31', dueOn: ogpDueDate(2018) };

describe('the co-creation calendar', () => {
  it.each`
    today           | phase
    ${'2018-04-30'} | ${CoCreationPhase.NOT_STARTED}
    ${'2018-05-01'} | ${CoCreationPhase.OPEN_CALL}
    ${'2018-05-31'} | ${CoCreationPhase.OPEN_CALL}
    ${'2018-06-01'} | ${CoCreationPhase.REVIEW}
    ${'2018-07-15'} | ${CoCreationPhase.DRAFTING}
    ${'2018-08-31'} | ${CoCreationPhase.SIGN_OFF}
    ${'2018-09-01'} | ${CoCreationPhase.PAST_DUE}
  `('on $today the plan is in $phase', ({ today, phase }) => {
    expect(coCreationPhase(calendar, today)).toBe(phase);
  });

  it('keeps the call open while no closing date is planned', () => {
    expect(coCreationPhase({ callOpensOn: null, callClosesOn: null, reviewClosesOn: null, draftingClosesOn: null, dueOn: null }, '2030-01-01')).toBe(CoCreationPhase.OPEN_CALL);
  });

  it.each`
    change                                 | wrong
    ${{}}                                  | ${null}
    ${{ callClosesOn: '2018-04-01' }}       | ${'callClosesOn'}
    ${{ dueOn: '2018-07-01' }}              | ${'dueOn'}
    ${{ reviewClosesOn: null, draftingClosesOn: '2018-05-15' }} | ${'draftingClosesOn'}
  `('with $change the first date out of order is $wrong', ({ change, wrong }) => {
    expect(calendarOutOfOrder({ ...calendar, ...change })).toBe(wrong);
  });
});

describe('todayIn', () => {
  it('is the forum\'s calendar day, not UTC\'s', () => {
    const lateEveningUtc = new Date('2018-05-31T16:00:00Z');
    expect(todayIn('Asia/Seoul', lateEveningUtc)).toBe('2018-06-01');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2018-05-31');
    expect(coCreationPhase(calendar, todayIn('Asia/Seoul', lateEveningUtc))).toBe(CoCreationPhase.REVIEW);
  });
});
