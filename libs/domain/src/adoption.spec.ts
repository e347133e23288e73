import { adoptionProblems, commitmentCode, formatMilestoneList, ogpValuesNamedIn, parseMilestoneList } from './adoption.js';
import { OgpValue } from './enums.js';

describe('commitment codes in the OGP style', () => {
  it.each`
    theme | index | code
    ${1}  | ${0}  | ${'1-a'}
    ${2}  | ${1}  | ${'2-b'}
    ${6}  | ${25} | ${'6-z'}
  `('theme $theme, commitment $index is $code', ({ theme, index, code }) => {
    expect(commitmentCode(theme, index)).toBe(code);
  });

  it('has no code beyond the 26th commitment of a theme', () => {
    expect(() => commitmentCode(1, 26)).toThrow(RangeError);
  });
});

describe('the milestones of a draft', () => {
  it('reads one date as the end, the start following the milestone before', () => {
    const text = 'The steps:\n\n- IATI budget standard adopted (2019-03-31)\n- Budgets published on the ODA portal (2019-12-31)\n';
    expect(parseMilestoneList(text, '2018-09-01')).toEqual({
      milestones: [
        { title: 'IATI budget standard adopted', start: '2018-09-01', end: '2019-03-31' },
        { title: 'Budgets published on the ODA portal', start: '2019-04-01', end: '2019-12-31' },
      ],
      problems: [],
    });
  });

  it.each`
    line                                             | start           | end
    ${'- Pilot (2019-01-01 – 2019-06-30)'}           | ${'2019-01-01'} | ${'2019-06-30'}
    ${'* Pilot (2019-01-01 ~ 2019-06-30)'}           | ${'2019-01-01'} | ${'2019-06-30'}
    ${'1. Pilot (2019-01-01 to 2019-06-30)'}         | ${'2019-01-01'} | ${'2019-06-30'}
    ${'2) Pilot (2019-01-01 - 2019-06-30)'}          | ${'2019-01-01'} | ${'2019-06-30'}
  `('reads both dates of "$line"', ({ line, start, end }) => {
    expect(parseMilestoneList(line, '2018-09-01').milestones).toEqual([{ title: 'Pilot', start, end }]);
  });

  it.each`
    line                                 | problem
    ${'- Pilot'}                         | ${/has no date/}
    ${'- Pilot (2019-02-30)'}            | ${/does not exist/}
    ${'- Pilot (2019-06-30 – 2019-01-01)'} | ${/ends before it starts/}
    ${'- (2019-06-30)'}                  | ${/no title/}
  `('names what is wrong with "$line"', ({ line, problem }) => {
    const { milestones, problems } = parseMilestoneList(line, '2018-09-01');
    expect(milestones).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});

describe('the OGP values of a relevance section', () => {
  it.each`
    text                                                         | values
    ${'- ACCESS_TO_INFORMATION\n- CIVIC_PARTICIPATION'}          | ${[OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION]}
    ${'It improves public accountability of aid.'}               | ${[OgpValue.PUBLIC_ACCOUNTABILITY]}
    ${'시민 참여를 넓히고 기술 혁신을 돕는다'}                        | ${[OgpValue.CIVIC_PARTICIPATION, OgpValue.TECHNOLOGY_AND_INNOVATION]}
    ${'Nothing named here.'}                                     | ${[OgpValue.ACCESS_TO_INFORMATION]}
  `('finds $values in "$text"', ({ text, values }) => {
    expect(ogpValuesNamedIn(text, [OgpValue.ACCESS_TO_INFORMATION])).toEqual(values);
  });
});

describe('what stops an adoption', () => {
  const signed = { id: 'd1', title: 'Open ODA budgets', frozen: true };
  const unsigned = { id: 'd2', title: 'Open the procurement register', frozen: false };

  it('accepts every draft adopted or left out with a reason', () => {
    expect(
      adoptionProblems([signed, unsigned], {
        adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }],
        leftOut: [{ draftCommitmentId: 'd2', reason: 'The ministry could not commit within the term.' }],
        themePositions: [1],
      }),
    ).toEqual([]);
  });

  it('names each draft that is not signed off, adopted or forgotten', () => {
    const third = { id: 'd3', title: 'Publish lobbying contacts', frozen: false };
    expect(
      adoptionProblems([signed, unsigned, third], { adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }, { draftCommitmentId: 'd2', themePosition: 1 }], leftOut: [], themePositions: [1] }),
    ).toEqual([
      '"Open the procurement register" is not signed off by both sides: have it signed off, or leave it out with a reason',
      '"Publish lobbying contacts" is not signed off by both sides: have it signed off, or leave it out with a reason',
    ]);
  });

  it.each`
    case                          | choice                                                                                                                                                   | problem
    ${'a signed draft forgotten'} | ${{ adopted: [], leftOut: [{ draftCommitmentId: 'd2', reason: 'Later' }], themePositions: [] }}                                                          | ${'"Open ODA budgets" is neither adopted nor left out'}
    ${'a draft named twice'}      | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }], leftOut: [{ draftCommitmentId: 'd1', reason: 'x' }, { draftCommitmentId: 'd2', reason: 'y' }], themePositions: [1] }} | ${'"Open ODA budgets" is named more than once'}
    ${'a reason left blank'}      | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }], leftOut: [{ draftCommitmentId: 'd2', reason: '  ' }], themePositions: [1] }}              | ${'"Open the procurement register" is left out without a reason'}
    ${'a theme the plan lacks'}   | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 2 }], leftOut: [{ draftCommitmentId: 'd2', reason: 'y' }], themePositions: [1] }}                | ${'"Open ODA budgets" goes under theme 2, which the plan does not have'}
    ${'an empty theme'}           | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }], leftOut: [{ draftCommitmentId: 'd2', reason: 'y' }], themePositions: [1, 2] }}             | ${'Theme 2 has no commitment'}
    ${'two themes in one place'}  | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }], leftOut: [{ draftCommitmentId: 'd2', reason: 'y' }], themePositions: [1, 1] }}             | ${'Two themes have the same position'}
    ${'a stranger draft'}         | ${{ adopted: [{ draftCommitmentId: 'd1', themePosition: 1 }], leftOut: [{ draftCommitmentId: 'd2', reason: 'y' }, { draftCommitmentId: 'dx', reason: 'y' }], themePositions: [1] }} | ${'dx is not a draft commitment of this plan'}
    ${'nothing adopted'}          | ${{ adopted: [], leftOut: [{ draftCommitmentId: 'd1', reason: 'x' }, { draftCommitmentId: 'd2', reason: 'y' }], themePositions: [] }}                    | ${'A plan needs at least one commitment'}
  `('refuses $case', ({ choice, problem }) => {
    expect(adoptionProblems([signed, unsigned], choice)).toContain(problem);
  });
});

describe('formatMilestoneList', () => {
  it('writes milestones as the list parseMilestoneList reads back, line breaks in a title made spaces', () => {
    const milestones = [
      { title: 'Standard\nadopted', start: '2019-01-01', end: '2019-03-31' },
      { title: 'Pilot (three ministries)', start: '2019-04-01', end: '2019-06-30' },
    ];
    const text = formatMilestoneList(milestones);
    expect(text).toBe('- Standard adopted (2019-01-01 – 2019-03-31)\n- Pilot (three ministries) (2019-04-01 – 2019-06-30)');
    expect(parseMilestoneList(text, '2018-09-01')).toEqual({ milestones: [{ ...milestones[0], title: 'Standard adopted' }, milestones[1]], problems: [] });
  });
});
