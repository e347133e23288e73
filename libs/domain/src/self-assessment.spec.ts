import { Completion, IrmResponseStatus, Locale, OgpValue } from './enums.js';
import { MeetingKind } from './meetings.js';
import { ProposalStatus } from './proposals.js';
import { plainText, type ReportBlock, type TableCell } from './report-document.js';
import { ReportKind, ReportSectionKey, reportWindow } from './reports.js';
import { assembleSelfAssessment, countProposalOutcomes, type ReportCommitment, type SelfAssessmentInput } from './self-assessment.js';
import { ActionPlanStatus } from './enums.js';

const plan = { periodStart: '2016-10-01', periodEnd: '2018-06-30', status: ActionPlanStatus.CLOSED };

function commitment(code: string, themePosition: number, changes: Partial<ReportCommitment> = {}): ReportCommitment {
  return {
    code,
    themePosition,
    title: { en: `Commitment ${code}`, ko: `과제 ${code}` },
    summary: `Objective of ${code}`,
    start: '2016-07-01',
    end: '2018-06-30',
    leadOrganization: { en: 'Ministry of the Interior and Safety', ko: '행정안전부' },
    contact: 'Park Seong-Hyeon',
    publicProblem: 'A problem',
    description: '- The commitment',
    howItSolves: 'How',
    ogpValues: [OgpValue.ACCESS_TO_INFORMATION],
    ogpValueRelevance: '',
    additionalInfo: '',
    nextSteps: '- Next',
    involvedActors: '',
    completion: Completion.COMPLETED,
    incorporatedIntoCode: null,
    milestones: [{ id: `${code}-m1`, title: { en: `Milestone of ${code}`, ko: null }, start: '2016-07-01', end: '2017-12-31', completion: Completion.COMPLETED }],
    updates: [],
    ...changes,
  };
}

function input(changes: Partial<SelfAssessmentInput> = {}): SelfAssessmentInput {
  return {
    kind: ReportKind.END_OF_TERM,
    locale: Locale.en,
    window: reportWindow(plan, ReportKind.END_OF_TERM, null),
    today: '2018-09-01',
    plan: { title: { en: '3rd National Action Plan (2016–2018)', ko: '제3차 국가실행계획 (2016–2018)' }, ...plan, callOpensOn: null, callClosesOn: null },
    themes: [
      { position: 1, title: { en: 'Proactive disclosure of public information', ko: '공공정보의 선제적 공개' } },
      { position: 4, title: { en: 'Improved accessibility', ko: null } },
    ],
    commitments: [
      commitment('1-a', 1, {
        updates: [
          { postedOn: '2017-03-02', body: 'Early **progress**', completion: Completion.LIMITED, evidenceLinks: ['https://open.go.kr'], milestoneChanges: [{ milestoneId: '1-a-m1', title: 'Milestone of 1-a', from: Completion.NOT_STARTED, to: Completion.LIMITED }] },
          { postedOn: '2018-06-30', body: 'Done', completion: Completion.COMPLETED, evidenceLinks: [], milestoneChanges: [{ milestoneId: '1-a-m1', title: 'Milestone of 1-a', from: Completion.LIMITED, to: Completion.COMPLETED }] },
        ],
      }),
      commitment('4-a', 4, { completion: Completion.SUBSTANTIAL }),
      commitment('4-b', 4),
      commitment('4-c', 4, { incorporatedIntoCode: '4-b' }),
    ],
    irmRecommendations: [{ number: 1, text: { en: 'Include specific commitments', ko: '구체적인 과제 포함' }, governmentResponse: 'We did.', status: IrmResponseStatus.PARTIALLY_ADDRESSED }],
    proposals: [
      { title: 'Open the universities', organization: { en: 'Open Net', ko: '오픈넷' }, status: ProposalStatus.SELECTED, rationale: 'Feasible and urgent.' },
      { title: 'Lobbying register', organization: null, status: ProposalStatus.DECLINED, rationale: 'Needs more research.' },
    ],
    meetings: [
      { date: '2017-09-14', title: 'Monthly meeting', kind: MeetingKind.REGULAR, sample: true, attendance: { GOVERNMENT: 3, CIVIL_SOCIETY: 8, OTHER: 0, SECRETARIAT: 1 }, minutesUrl: 'https://forum.example.org/meetings/1' },
      { date: '2018-02-08', title: 'Workshop on the 4th plan', kind: MeetingKind.WORKSHOP, sample: false, attendance: { GOVERNMENT: 2, CIVIL_SOCIETY: 5, OTHER: 1, SECRETARIAT: 0 }, minutesUrl: null },
      { date: '2018-09-13', title: 'After the term', kind: MeetingKind.REGULAR, sample: false, attendance: { GOVERNMENT: 0, CIVIL_SOCIETY: 0, OTHER: 0, SECRETARIAT: 0 }, minutesUrl: null },
    ],
    consultation: null,
    narratives: { [ReportSectionKey.INTRODUCTION]: { en: 'For countries joining the OGP…' } },
    links: { register: 'https://forum.example.org/plans/3/register' },
    ...changes,
  };
}

const headings = (blocks: ReportBlock[], level: number) => blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const cellText = (c: TableCell) => c.blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.spans) : '')).join(' ');
const tables = (blocks: ReportBlock[]) => blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const table = (blocks: ReportBlock[], caption: string) => tables(blocks).find((t) => t.caption === caption)!;
const allText = (blocks: ReportBlock[]): string =>
  blocks
    .map((b) => {
      if (b.kind === 'heading') return b.text;
      if (b.kind === 'paragraph') return plainText(b.spans);
      if (b.kind === 'list') return JSON.stringify(b.items);
      if (b.kind === 'table') return b.rows.map((row) => row.map(cellText).join(' | ')).join('\n');
      return '';
    })
    .join('\n');

describe('the self-assessment report', () => {
  it.each`
    locale       | title                                                                            | parts
    ${Locale.en} | ${'End-of-Term Self-Assessment Report on the 3rd National Action Plan (2016–2018)'} | ${['I. Introduction', 'II. National Action Plan Process', 'III. IRM Recommendations', 'IV. Implementation of National Action Plan Commitments', 'V. Conclusion and Future Plan', 'Appendix: Commitment Implementation Status in Detail']}
    ${Locale.ko} | ${'제3차 국가실행계획 (2016–2018) 최종 자체평가 보고서'}                                   | ${['I. 서론', 'II. 국가실행계획 수립 및 이행 과정', 'III. 독립평가기구(IRM) 권고', 'IV. 국가실행계획 과제 이행', 'V. 결론 및 향후 계획', '부록: 과제별 세부 이행 현황']}
  `('has the parts of the seed document, in $locale', ({ locale, title, parts }) => {
    const report = assembleSelfAssessment(input({ locale }));
    expect(report.title).toBe(title);
    expect(report.lang).toBe(locale);
    expect(headings(report.blocks, 1)).toEqual(parts);
    expect(report.blocks[0]).toEqual({ kind: 'contents', title: locale === Locale.ko ? '목차' : 'Table of Contents' });
    expect(report.blocks.filter((b) => b.kind === 'heading' && b.level === 1).every((b) => b.kind === 'heading' && b.pageBreakBefore)).toBe(true);
  });

  it.each`
    locale       | rows
    ${Locale.en} | ${[['1. Proactive disclosure of public information', '1-a. Commitment 1-a', 'Completed'], ['4. Improved accessibility', '4-a. Commitment 4-a', 'Substantially completed'], ['4-b. Commitment 4-b', 'Completed'], ['4-c. Commitment 4-c', '(Incorporated into 4-b)']]}
    ${Locale.ko} | ${[['1. 공공정보의 선제적 공개', '1-a. 과제 1-a', '완료'], ['4. Improved accessibility', '4-a. 과제 4-a', '상당 부분 완료'], ['4-b. 과제 4-b', '완료'], ['4-c. 과제 4-c', '(4-b에 통합)']]}
  `('summarises the commitments by category in $locale, a category spanning its rows', ({ locale, rows }) => {
    const report = assembleSelfAssessment(input({ locale }));
    const summary = tables(report.blocks).find((t) => t.head?.length === 3 && t.rows.length === 4)!;
    expect(summary.rows.map((row) => row.map(cellText))).toEqual(rows);
    expect(summary.rows[1][0].rowSpan).toBe(3);
  });

  it('states the counts of section IV from the data', () => {
    const text = allText(assembleSelfAssessment(input()).blocks);
    expect(text).toContain('The plan has 4 commitments under 2 categories. As of September 1, 2018: 2 completed, 1 substantially completed and 1 incorporated into another commitment.');
  });

  it('gives each milestone with its dates, and the four-step scale with the level reached', () => {
    const report = assembleSelfAssessment(input());
    expect(table(report.blocks, 'Milestones of commitment 1-a').rows.map((row) => row.map(cellText))).toEqual([['Milestone of 1-a', 'July 1, 2016', 'December 31, 2017', 'Completed']]);
    expect(table(report.blocks, 'Milestones of commitment 4-c').rows[0].map(cellText)[3]).toBe('(Incorporated into 4-b)');
    const form = table(report.blocks, "Commitment 4-a in OGP's template");
    const scale = form.rows.find((row) => cellText(row[0]) === 'Completion Level')![1].blocks[0];
    expect(scale.kind === 'list' && scale.items.map((item) => plainText(item.spans))).toEqual(['☐ Not started', '☐ Limited', '☑ Substantially completed', '☐ Completed']);
    expect(form.rows.map((row) => cellText(row[0]))).toEqual([
      'Period', 'Lead Implementing Organization / Person', 'Public Problem', 'Commitment', 'Public Problem-solving through Commitment', 'Relevance to OGP Values',
      'Additional Information', 'Completion Level', 'Activity Description', 'Next Step', 'Contact Information', 'Involved Actors',
    ]);
  });

  it('lists the meetings of the term with attendance by sector and their minutes, marking sample data', () => {
    const report = assembleSelfAssessment(input());
    const meetings = table(report.blocks, 'Meetings held, with attendance by sector');
    expect(meetings.rows.map((row) => row.map(cellText))).toEqual([
      ['September 14, 2017', 'Monthly meeting (sample data) — minutes', 'Regular meeting', '3', '8', '0', '1'],
      ['February 8, 2018', 'Workshop on the 4th plan — minutes not published', 'Workshop', '2', '5', '1', '0'],
    ]);
    const link = meetings.rows[0][1].blocks[0];
    expect(link.kind === 'paragraph' && link.spans.find((s) => s.href)?.href).toBe('https://forum.example.org/meetings/1');
  });

  it('at mid-term keeps only the updates and meetings up to the cut-off, and the levels reached by then', () => {
    const report = assembleSelfAssessment(input({ kind: ReportKind.MID_TERM, window: reportWindow(plan, ReportKind.MID_TERM, '2017-11-30') }));
    const text = allText(report.blocks);
    expect(report.title).toBe('Mid-Term Self-Assessment Report on the 3rd National Action Plan (2016–2018)');
    expect(report.subtitle).toContain('with progress as reported up to November 30, 2017');
    expect(text).toContain('Reported on March 2, 2017 (Limited):');
    expect(text).toContain('Early progress');
    expect(text).not.toContain('Done');
    expect(text).not.toContain('Workshop on the 4th plan');
    expect(table(report.blocks, 'Meetings held, with attendance by sector').rows).toHaveLength(1);
    expect(table(report.blocks, 'Milestones of commitment 1-a').rows[0].map(cellText)[3]).toBe('Limited');
    const summary = tables(report.blocks).find((t) => t.rows.length === 4 && t.head?.[0] === 'Category')!;
    // 1-a had reached LIMITED; the others had reported nothing yet.
    expect(summary.rows.map((row) => cellText(row[row.length - 1]))).toEqual(['Limited', 'Not started', 'Not started', '(Incorporated into 4-b)']);
  });

  it.each`
    narratives                                                              | locale       | shown
    ${{ INTRODUCTION: { en: 'Intro in English' } }}                         | ${Locale.en} | ${['Intro in English']}
    ${{ INTRODUCTION: { en: 'Intro in English', ko: '한국어 서론' } }}       | ${Locale.ko} | ${['한국어 서론']}
    ${{ INTRODUCTION: { en: 'Intro in English' } }}                         | ${Locale.ko} | ${['한국어로 아직 작성되지 않아 영어 원문을 싣습니다.', 'Intro in English']}
    ${{ INTRODUCTION: { ko: '한국어 서론' } }}                               | ${Locale.en} | ${['Not yet written in English; the Korean text follows.', '한국어 서론']}
    ${{}}                                                                   | ${Locale.en} | ${['This section has not been written yet.']}
    ${{ INTRODUCTION: { en: '   ' } }}                                      | ${Locale.en} | ${['This section has not been written yet.']}
  `('introduction $narratives in $locale reads $shown', ({ narratives, locale, shown }) => {
    const blocks = assembleSelfAssessment(input({ narratives, locale })).blocks;
    const start = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'introduction');
    const end = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'process');
    expect(blocks.slice(start + 1, end).map((b) => (b.kind === 'paragraph' ? plainText(b.spans) : b.kind))).toEqual(shown);
  });

  it('puts an optional note only where one was written', () => {
    const without = allText(assembleSelfAssessment(input()).blocks);
    const withNote = allText(assembleSelfAssessment(input({ narratives: { IRM_NOTE: { en: 'A note on the IRM.' } } })).blocks);
    expect(without).not.toContain('A note on the IRM.');
    expect(withNote).toContain('A note on the IRM.');
  });

  it.each`
    consultation                                                                                    | today           | sentence
    ${null}                                                                                         | ${'2018-09-01'} | ${'The draft of this report has not been opened for public comment.'}
    ${{ opensOn: '2018-08-20', closesOn: '2018-09-02', commentCount: 1, url: 'u' }}                 | ${'2018-09-01'} | ${'The draft of this report is open for public comment from August 20, 2018 to September 2, 2018; 1 comment has been received so far.'}
    ${{ opensOn: '2018-08-01', closesOn: '2018-08-14', commentCount: 3, url: 'u' }}                 | ${'2018-09-01'} | ${'The draft of this report was open for public comment from August 1, 2018 to August 14, 2018 (14 days); 3 comments were received.'}
    ${{ opensOn: '2018-09-10', closesOn: '2018-09-30', commentCount: 0, url: 'u' }}                 | ${'2018-09-01'} | ${'The draft of this report will be open for public comment from September 10, 2018 to September 30, 2018.'}
  `('says how the draft was opened for comment: $sentence', ({ consultation, today, sentence }) => {
    expect(allText(assembleSelfAssessment(input({ consultation, today })).blocks)).toContain(sentence);
  });

  it('states the proposals received and their outcomes, each with its reasoned response', () => {
    const report = assembleSelfAssessment(input());
    expect(allText(report.blocks)).toContain('The forum received 2 proposals for this plan: 1 selected and 1 declined.');
    expect(table(report.blocks, 'Proposals received and their reasoned responses').rows.map((row) => row.map(cellText))).toEqual([
      ['Open the universities', 'Open Net', 'Selected', 'Feasible and urgent.'],
      ['Lobbying register', '', 'Declined', 'Needs more research.'],
    ]);
  });

  it.each`
    statuses                                                                                                  | counts
    ${[]}                                                                                                     | ${{ received: 0, selected: 0, merged: 0, parked: 0, declined: 0, withdrawn: 0, pending: 0 }}
    ${[ProposalStatus.SELECTED, ProposalStatus.MERGED, ProposalStatus.PARKED, ProposalStatus.UNDER_REVIEW]}  | ${{ received: 4, selected: 1, merged: 1, parked: 1, declined: 0, withdrawn: 0, pending: 1 }}
    ${[ProposalStatus.SUBMITTED, ProposalStatus.WITHDRAWN, ProposalStatus.DECLINED]}                          | ${{ received: 3, selected: 0, merged: 0, parked: 0, declined: 1, withdrawn: 1, pending: 1 }}
  `('counts proposals $statuses by outcome', ({ statuses, counts }) => {
    expect(countProposalOutcomes(statuses)).toEqual(counts);
  });

  it('answers an empty plan with sentences, not empty tables', () => {
    const text = allText(assembleSelfAssessment(input({ commitments: [], proposals: [], meetings: [], irmRecommendations: [] })).blocks);
    expect(text).toContain('This plan has no commitments yet.');
    expect(text).toContain('No commitment proposal was submitted through the forum for this plan.');
    expect(text).toContain('The forum held no meeting in this period.');
    expect(text).toContain('The IRM has made no recommendation on this plan yet.');
  });
});
