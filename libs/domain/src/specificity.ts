import type { OgpValue } from './enums.js';

/**
 * The specificity check of a proposal (DESIGN.md §2), after the rules the Independent Reporting Mechanism applies when it
 * calls a commitment too vague to verify. Computed, never stored; the same function runs live in the proposer's browser
 * and in the api.
 */
export enum SpecificityRule {
  VERIFIABLE_DELIVERABLE = 'VERIFIABLE_DELIVERABLE',
  DATED_MILESTONES = 'DATED_MILESTONES',
  LEAD_AGENCY = 'LEAD_AGENCY',
  MEASURABLE_TARGET = 'MEASURABLE_TARGET',
  OGP_VALUE = 'OGP_VALUE',
}

export interface ProposalMilestone {
  title: string;
  /** ISO date (YYYY-MM-DD); null when the proposer has not set one yet. */
  dueDate: string | null;
}

export interface SpecificityInput {
  proposedAction: string;
  expectedResults: string;
  milestones: ProposalMilestone[];
  suggestedLeadAgency: string | null;
  ogpValues: OgpValue[];
}

/** Fewest milestones a commitment needs to be followed step by step. */
export const MIN_MILESTONES = 2;

/**
 * Words that name something produced or decided, which anyone can check exists: "publish a dataset", "adopt a law",
 * "launch a portal" (English and Korean stems).
 */
const DELIVERABLE = new RegExp(
  [
    '\\b(publish|launch|adopt|enact|amend|release|establish|create|build|introduce|disclose|open|issue|set up|install)(e?s|e?d|ing)?\\b',
    '(공개|개설|제정|개정|구축|발간|도입|수립|마련|신설|개최|출시|공표|시행|교육)',
  ].join('|'),
  'i',
);

/** A figure to measure against: digits, a percentage, or a Korean number with its counter. */
const MEASURABLE = /\d|%|퍼센트|[일이삼사오육칠팔구십백천만]+\s?(개|곳|건|명|회|종|%)/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface RuleText {
  en: string;
  ko: string;
}

/** What each rule asks, and how to fix a proposal that misses it, as the proposer reads it. */
export const SPECIFICITY_RULES: Record<SpecificityRule, { requirement: RuleText; howToFix: RuleText }> = {
  [SpecificityRule.VERIFIABLE_DELIVERABLE]: {
    requirement: { en: 'Names a deliverable anyone can check', ko: '누구나 확인할 수 있는 결과물을 제시' },
    howToFix: {
      en: 'Say what will exist when the work is done: a law adopted, a dataset published, a portal launched.',
      ko: '일이 끝났을 때 무엇이 생기는지 쓰세요: 제정된 법, 공개된 데이터, 개설된 포털 등.',
    },
  },
  [SpecificityRule.DATED_MILESTONES]: {
    requirement: { en: `At least ${MIN_MILESTONES} milestones, each with an end date`, ko: `종료일이 있는 세부 일정 ${MIN_MILESTONES}개 이상` },
    howToFix: {
      en: `Break the work into at least ${MIN_MILESTONES} steps and give each one the date it will be finished.`,
      ko: `일을 ${MIN_MILESTONES}단계 이상으로 나누고 각 단계가 끝나는 날짜를 적으세요.`,
    },
  },
  [SpecificityRule.LEAD_AGENCY]: {
    requirement: { en: 'Names the lead agency', ko: '주관 기관을 명시' },
    howToFix: { en: 'Name the ministry or agency that would be responsible for delivering it.', ko: '이 일을 책임지고 수행할 부처나 기관을 적으세요.' },
  },
  [SpecificityRule.MEASURABLE_TARGET]: {
    requirement: { en: 'Sets a measurable target', ko: '측정 가능한 목표를 제시' },
    howToFix: {
      en: 'Put a figure in the expected results: how many, how much or what share, so that progress can be measured.',
      ko: '기대 효과에 수치를 넣으세요: 몇 개, 얼마나, 몇 퍼센트인지 적어야 진행 상황을 측정할 수 있습니다.',
    },
  },
  [SpecificityRule.OGP_VALUE]: {
    requirement: { en: 'Names an OGP value', ko: 'OGP 가치를 명시' },
    howToFix: {
      en: 'Choose the OGP values it advances: access to information, civic participation, public accountability, technology and innovation.',
      ko: '이 제안이 증진하는 OGP 가치를 고르세요: 정보 접근성, 시민 참여, 공공 책임성, 기술과 혁신.',
    },
  },
};

export interface SpecificityResult {
  /** Share of the rules met, 0–100. */
  score: number;
  passed: SpecificityRule[];
  missing: SpecificityRule[];
}

const RULE_CHECKS: Record<SpecificityRule, (input: SpecificityInput) => boolean> = {
  [SpecificityRule.VERIFIABLE_DELIVERABLE]: (input) => [input.proposedAction, ...input.milestones.map((m) => m.title)].some((text) => DELIVERABLE.test(text)),
  [SpecificityRule.DATED_MILESTONES]: (input) => {
    const named = input.milestones.filter((milestone) => milestone.title.trim());
    return named.length >= MIN_MILESTONES && named.every((milestone) => milestone.dueDate !== null && ISO_DATE.test(milestone.dueDate));
  },
  [SpecificityRule.LEAD_AGENCY]: (input) => Boolean(input.suggestedLeadAgency?.trim()),
  [SpecificityRule.MEASURABLE_TARGET]: (input) => MEASURABLE.test(input.expectedResults),
  [SpecificityRule.OGP_VALUE]: (input) => input.ogpValues.length > 0,
};

export function checkSpecificity(input: SpecificityInput): SpecificityResult {
  const rules = Object.values(SpecificityRule);
  const passed = rules.filter((rule) => RULE_CHECKS[rule](input));
  return { score: Math.round((passed.length / rules.length) * 100), passed, missing: rules.filter((rule) => !passed.includes(rule)) };
}
