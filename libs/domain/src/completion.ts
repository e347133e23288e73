import { Completion } from './enums.js';

/** The order of the completion scale, from nothing done to done; WITHDRAWN stands apart. */
export const COMPLETION_SCALE: readonly Completion[] = [
  Completion.NOT_STARTED,
  Completion.LIMITED,
  Completion.SUBSTANTIAL,
  Completion.COMPLETED,
];

export type CompletionCounts = Record<Completion, number> & {
  /** Commitments merged into another one; they are reported with the commitment that absorbed them. */
  INCORPORATED: number;
  total: number;
};

export interface CountableCommitment {
  completion: Completion;
  incorporatedIntoId?: string | null;
}

/**
 * Counts commitments by completion the way a self-assessment report does: a commitment incorporated into another
 * one is counted as INCORPORATED, not under its own completion level.
 */
export function countByCompletion(commitments: readonly CountableCommitment[]): CompletionCounts {
  const counts: CompletionCounts = {
    NOT_STARTED: 0,
    LIMITED: 0,
    SUBSTANTIAL: 0,
    COMPLETED: 0,
    WITHDRAWN: 0,
    INCORPORATED: 0,
    total: commitments.length,
  };
  for (const commitment of commitments) {
    if (commitment.incorporatedIntoId) counts.INCORPORATED += 1;
    else counts[commitment.completion] += 1;
  }
  return counts;
}
