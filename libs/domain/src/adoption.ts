import { OgpValue } from './enums.js';
import { isCalendarDate } from './input.js';

/**
 * Adoption: a plan's frozen draft commitments become its commitments, grouped under themes and numbered in the OGP style
 * ("2-b": the second commitment of the plan's second theme). The rules here are pure; the api applies them in one transaction.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The most commitments one theme can hold, so that every code is a single letter as in OGP's plans. */
export const MAX_COMMITMENTS_PER_THEME = LETTERS.length;

/** "2-b" for the second commitment (index 1) of theme 2. */
export function commitmentCode(themePosition: number, indexInTheme: number): string {
  if (!Number.isInteger(indexInTheme) || indexInTheme < 0 || indexInTheme >= MAX_COMMITMENTS_PER_THEME) {
    throw new RangeError(`a theme holds at most ${MAX_COMMITMENTS_PER_THEME} commitments`);
  }
  return `${themePosition}-${LETTERS[indexInTheme]}`;
}

export interface AdoptedMilestone {
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  start: string;
  end: string;
}

export interface MilestoneList {
  milestones: AdoptedMilestone[];
  /** One line per list item that could not be read, quoting it. */
  problems: string[];
}

/** "(2019-03-31)" or "(2019-01-01 – 2019-03-31)" at the end of a list item; the dash may be –, —, ~ or "to". */
const DATES_AT_END = /\(\s*(\d{4}-\d{2}-\d{2})(?:\s*(?:–|—|~|to|-)\s*(\d{4}-\d{2}-\d{2}))?\s*\)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The milestones of a draft's MILESTONES section, a Markdown list with a date at the end of each item: "- Standard
 * adopted (2019-03-31)" ends on that day, "- Pilot (2019-01-01 – 2019-06-30)" names both. With one date, a milestone
 * starts the day after the one before it ends (the first on the commitment's start): the steps of a plan follow each other.
 * Lines that are not list items are prose around the list and are left out.
 */
export function parseMilestoneList(text: string, commitmentStart: string): MilestoneList {
  const milestones: AdoptedMilestone[] = [];
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    const item = LIST_ITEM.exec(line)?.[1]?.trim();
    if (!item) continue;
    const dates = DATES_AT_END.exec(item);
    const title = dates ? item.slice(0, dates.index).trim() : item;
    if (!dates) {
      problems.push(`"${item}" has no date: end the line with (YYYY-MM-DD)`);
      continue;
    }
    const [, first, second] = dates;
    const start = second ? first : milestones.length ? dayAfter(milestones[milestones.length - 1].end) : commitmentStart;
    const end = second ?? first;
    if (!title) problems.push(`"${item}" has a date but no title`);
    else if (!isCalendarDate(first) || (second && !isCalendarDate(second))) problems.push(`"${item}" names a day that does not exist`);
    else if (end < start) problems.push(`"${item}" ends before it starts (${start})`);
    else milestones.push({ title, start, end });
  }
  return { milestones, problems };
}

/**
 * The MILESTONES section written from structured milestones, one list item each with both dates, so that
 * parseMilestoneList reads back exactly what was entered. Line breaks in a title would split the item: they become spaces.
 */
export function formatMilestoneList(milestones: readonly AdoptedMilestone[]): string {
  return milestones.map((m) => `- ${m.title.replace(/\s+/g, ' ').trim()} (${m.start} – ${m.end})`).join('\n');
}

const OGP_VALUE_WORDS: Record<OgpValue, RegExp> = {
  [OgpValue.ACCESS_TO_INFORMATION]: /ACCESS_TO_INFORMATION|access to information|정보\s*접근/i,
  [OgpValue.CIVIC_PARTICIPATION]: /CIVIC_PARTICIPATION|civic participation|시민\s*참여/i,
  [OgpValue.PUBLIC_ACCOUNTABILITY]: /PUBLIC_ACCOUNTABILITY|public accountability|공공\s*책임/i,
  [OgpValue.TECHNOLOGY_AND_INNOVATION]: /TECHNOLOGY_AND_INNOVATION|technology (?:and|&) innovation|기술(?:과|및)?\s*혁신/i,
};

/** The OGP values a relevance section names, in the template's order; those of the proposal when it names none. */
export function ogpValuesNamedIn(text: string, proposed: readonly OgpValue[]): OgpValue[] {
  const named = Object.values(OgpValue).filter((value) => OGP_VALUE_WORDS[value].test(text));
  return named.length ? named : [...proposed];
}

export interface DraftForAdoption {
  id: string;
  title: string;
  frozen: boolean;
}

export interface AdoptionChoice {
  /** The drafts to adopt, in the order of their codes within each theme. */
  adopted: readonly { draftCommitmentId: string; themePosition: number }[];
  /** The drafts left out of the plan, each with the reason that will be published. */
  leftOut: readonly { draftCommitmentId: string; reason: string }[];
  themePositions: readonly number[];
}

/**
 * Everything that stops an adoption, in one list so the secretariat can fix it in one go: every draft of the plan is
 * either adopted (signed off by both sides) or left out with a reason, once; every adopted draft goes under a theme of
 * the plan, and no theme is left empty.
 */
export function adoptionProblems(drafts: readonly DraftForAdoption[], choice: AdoptionChoice): string[] {
  const problems: string[] = [];
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const named = [...choice.adopted.map((a) => a.draftCommitmentId), ...choice.leftOut.map((l) => l.draftCommitmentId)];
  const seen = new Set<string>();
  for (const id of named) {
    if (!byId.has(id)) problems.push(`${id} is not a draft commitment of this plan`);
    else if (seen.has(id)) problems.push(`"${byId.get(id)!.title}" is named more than once`);
    seen.add(id);
  }
  for (const { draftCommitmentId } of choice.adopted) {
    const draft = byId.get(draftCommitmentId);
    if (draft && !draft.frozen) problems.push(`"${draft.title}" is not signed off by both sides: have it signed off, or leave it out with a reason`);
  }
  for (const draft of drafts) {
    if (!seen.has(draft.id)) {
      problems.push(
        draft.frozen
          ? `"${draft.title}" is neither adopted nor left out`
          : `"${draft.title}" is not signed off by both sides: have it signed off, or leave it out with a reason`,
      );
    }
  }
  for (const { draftCommitmentId, reason } of choice.leftOut) {
    if (!reason.trim() && byId.has(draftCommitmentId)) problems.push(`"${byId.get(draftCommitmentId)!.title}" is left out without a reason`);
  }
  const positions = new Set(choice.themePositions);
  if (positions.size !== choice.themePositions.length) problems.push('Two themes have the same position');
  for (const { draftCommitmentId, themePosition } of choice.adopted) {
    if (!positions.has(themePosition) && byId.has(draftCommitmentId)) problems.push(`"${byId.get(draftCommitmentId)!.title}" goes under theme ${themePosition}, which the plan does not have`);
  }
  for (const position of positions) {
    const count = choice.adopted.filter((a) => a.themePosition === position).length;
    if (count === 0) problems.push(`Theme ${position} has no commitment`);
    if (count > MAX_COMMITMENTS_PER_THEME) problems.push(`Theme ${position} has more than ${MAX_COMMITMENTS_PER_THEME} commitments`);
  }
  if (!choice.adopted.length) problems.push('A plan needs at least one commitment');
  return problems;
}
