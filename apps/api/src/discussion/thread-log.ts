import type { SubjectRef, ThreadEventType } from '@ogp-forum/domain';
import type { EntityManager } from 'typeorm';
import { ThreadEvent } from './thread-event.entity.js';

/**
 * Takes the next `seq` of a subject's thread. The upsert locks the subject's counter row until the transaction ends,
 * so concurrent writers get consecutive numbers and a rolled-back write gives its number back.
 */
export async function nextSeq(tx: EntityManager, subject: SubjectRef): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO subject_sequences (subject_type, subject_id, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (subject_type, subject_id) DO UPDATE SET last_seq = subject_sequences.last_seq + 1
     RETURNING last_seq`,
    [subject.subjectType, subject.subjectId],
  );
  return row.last_seq as number;
}

/** Appends an event to the thread's log (inside the caller's transaction) and returns it with its `seq`. */
export async function appendThreadEvent(
  tx: EntityManager,
  event: SubjectRef & { type: ThreadEventType; commentId?: string; progressUpdateId?: string; agendaItemId?: string | null; seq?: number },
): Promise<ThreadEvent> {
  const seq = event.seq ?? (await nextSeq(tx, event));
  return tx.save(
    tx.create(ThreadEvent, {
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      seq,
      type: event.type,
      commentId: event.commentId ?? null,
      progressUpdateId: event.progressUpdateId ?? null,
      agendaItemId: event.agendaItemId ?? null,
    }),
  );
}
