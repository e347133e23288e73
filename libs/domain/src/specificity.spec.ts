import { OgpValue } from './enums.js';
import { checkSpecificity, SPECIFICITY_RULES, SpecificityRule, type SpecificityInput } from './specificity.js';

/** A proposal that meets every rule; each case below breaks or mends one thing. */
const specific: SpecificityInput = {
  proposedAction: 'Publish the budget lines of every ODA project in IATI format.',
  expectedResults: 'All 1,200 ODA projects have published budgets by the end of 2019.',
  milestones: [
    { title: 'Data standard adopted', dueDate: '2019-03-31' },
    { title: 'Budgets published on the ODA portal', dueDate: '2019-12-31' },
  ],
  suggestedLeadAgency: 'Office for Government Policy Coordination',
  ogpValues: [OgpValue.ACCESS_TO_INFORMATION],
};

describe('checkSpecificity', () => {
  it('finds nothing missing in a specific proposal', () => {
    expect(checkSpecificity(specific)).toEqual({ score: 100, passed: Object.values(SpecificityRule), missing: [] });
  });

  it('finds everything missing in an empty one', () => {
    const empty = { proposedAction: '', expectedResults: '', milestones: [], suggestedLeadAgency: null, ogpValues: [] };
    expect(checkSpecificity(empty)).toEqual({ score: 0, passed: [], missing: Object.values(SpecificityRule) });
  });

  it.each`
    rule                                      | change                                                                                                              | met
    ${SpecificityRule.VERIFIABLE_DELIVERABLE} | ${{ proposedAction: 'Improve transparency of aid.', milestones: [{ title: 'Phase one', dueDate: '2019-01-01' }, { title: 'Phase two', dueDate: '2019-06-01' }] }} | ${false}
    ${SpecificityRule.VERIFIABLE_DELIVERABLE} | ${{ proposedAction: 'Enhance openness and promote awareness.', milestones: [] }}                                 | ${false}
    ${SpecificityRule.VERIFIABLE_DELIVERABLE} | ${{ proposedAction: 'Improve transparency.', milestones: [{ title: 'Portal launched', dueDate: null }] }}          | ${true}
    ${SpecificityRule.VERIFIABLE_DELIVERABLE} | ${{ proposedAction: 'ODA 사업 예산 정보를 공개한다.' }}                                                              | ${true}
    ${SpecificityRule.DATED_MILESTONES}       | ${{ milestones: [{ title: 'Budgets published', dueDate: '2019-12-31' }] }}                                         | ${false}
    ${SpecificityRule.DATED_MILESTONES}       | ${{ milestones: [{ title: 'Standard adopted', dueDate: '2019-03-31' }, { title: 'Budgets published', dueDate: null }] }} | ${false}
    ${SpecificityRule.DATED_MILESTONES}       | ${{ milestones: [{ title: 'Standard adopted', dueDate: 'next year' }, { title: 'Published', dueDate: '2019-12-31' }] }} | ${false}
    ${SpecificityRule.DATED_MILESTONES}       | ${{ milestones: [...specific.milestones, { title: '  ', dueDate: null }] }}                                        | ${true}
    ${SpecificityRule.LEAD_AGENCY}            | ${{ suggestedLeadAgency: '   ' }}                                                                                   | ${false}
    ${SpecificityRule.LEAD_AGENCY}            | ${{ suggestedLeadAgency: null }}                                                                                    | ${false}
    ${SpecificityRule.MEASURABLE_TARGET}      | ${{ expectedResults: 'Citizens can see more about aid.' }}                                                          | ${false}
    ${SpecificityRule.MEASURABLE_TARGET}      | ${{ expectedResults: 'Half of the agencies, 50% by June.' }}                                                        | ${true}
    ${SpecificityRule.MEASURABLE_TARGET}      | ${{ expectedResults: '사립대학 삼백 곳이 온라인 공개를 시작한다.' }}                                                  | ${true}
    ${SpecificityRule.OGP_VALUE}              | ${{ ogpValues: [] }}                                                                                                | ${false}
  `('$rule with $change: met $met', ({ rule, change, met }) => {
    const result = checkSpecificity({ ...specific, ...change });
    expect(result.passed.includes(rule)).toBe(met);
    expect(result.missing.includes(rule)).toBe(!met);
  });

  it('scores the share of rules met', () => {
    expect(checkSpecificity({ ...specific, ogpValues: [], suggestedLeadAgency: '' }).score).toBe(60);
  });

  it('tells the proposer, in English and Korean, what each rule asks and how to fix it', () => {
    for (const rule of Object.values(SpecificityRule)) {
      const { requirement, howToFix } = SPECIFICITY_RULES[rule];
      expect([requirement.en, requirement.ko, howToFix.en, howToFix.ko].every((text) => text.length > 5)).toBe(true);
    }
  });
});
