import { SubjectType, type SubjectRef } from '@ogp-forum/domain';
import { BadUserInputError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';

/** The largest `seq` a thread can reach: `thread_events.seq` is a PostgreSQL integer. */
export const MAX_SEQ = 2_147_483_647;
const SUBJECT_TYPES: string[] = Object.values(SubjectType);

/*
 * What clients send to `/live`, checked before it reaches the database: a wrong shape or value is BAD_USER_INPUT naming
 * the field, never an INTERNAL from a failed query. Messages never repeat the input, which may hold anything.
 */

/** The subject of a subscribe, unsubscribe or typing event. */
export function subjectOf(request: unknown): SubjectRef {
  const { subjectType, subjectId } = fieldsOf(request);
  if (typeof subjectType !== 'string' || !SUBJECT_TYPES.includes(subjectType)) {
    throw new BadUserInputError(`subjectType must be one of ${SUBJECT_TYPES.join(', ')}`, { field: 'subjectType' });
  }
  if (typeof subjectId !== 'string' || !UUID.test(subjectId)) throw new BadUserInputError('subjectId must be a UUID', { field: 'subjectId' });
  // Rooms are named after the id as the database spells it, in lower case.
  return { subjectType: subjectType as SubjectType, subjectId: subjectId.toLowerCase() };
}

/** The last `seq` a subscribing client has; none means the whole thread. */
export function afterSeqOf(request: unknown): number {
  const { afterSeq } = fieldsOf(request);
  if (afterSeq === undefined || afterSeq === null) return 0;
  if (typeof afterSeq !== 'number' || !Number.isInteger(afterSeq) || afterSeq < 0 || afterSeq > MAX_SEQ) {
    throw new BadUserInputError(`afterSeq must be a whole number from 0 to ${MAX_SEQ}`, { field: 'afterSeq' });
  }
  return afterSeq;
}

/** The fresh access token of an `authenticate` event. */
export function tokenOf(request: unknown): string {
  const { token } = fieldsOf(request);
  if (typeof token !== 'string' || !token) throw new BadUserInputError('token must be an access token', { field: 'token' });
  return token;
}

function fieldsOf(request: unknown): Record<string, unknown> {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) throw new BadUserInputError('Send an object with the event\'s fields');
  return request as Record<string, unknown>;
}
