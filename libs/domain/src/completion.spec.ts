import { countByCompletion } from './completion.js';
import { Completion } from './enums.js';

describe('countByCompletion', () => {
  it('counts an incorporated commitment apart from its own completion level', () => {
    const counts = countByCompletion([
      { completion: Completion.COMPLETED },
      { completion: Completion.COMPLETED },
      { completion: Completion.SUBSTANTIAL },
      { completion: Completion.COMPLETED, incorporatedIntoId: 'b' },
    ]);
    expect(counts).toEqual({
      NOT_STARTED: 0,
      LIMITED: 0,
      SUBSTANTIAL: 1,
      COMPLETED: 2,
      WITHDRAWN: 0,
      INCORPORATED: 1,
      total: 4,
    });
  });

  it('gives zeroes for a plan without commitments', () => {
    expect(countByCompletion([]).total).toBe(0);
    expect(countByCompletion([]).COMPLETED).toBe(0);
  });
});
