import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { checkPageSize, Connection, decodeTimeCursor, toConnection } from '../common/graphql/connection.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Writes the event in the caller's transaction, so the change and its record commit or fail together. */
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.save(
      tx.create(AuditEvent, {
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: (entry.before as Record<string, unknown>) ?? null,
        after: (entry.after as Record<string, unknown>) ?? null,
      }),
    );
  }

  /** Newest first; the cursor is the time of the last event seen. */
  async list(first: number, after?: string | null, entityId?: string | null): Promise<Connection<AuditEvent>> {
    checkPageSize(first);
    const where = entityId ? { entityId } : {};
    const [rows, totalCount] = await Promise.all([
      this.events.find({
        where: after ? { ...where, createdAt: LessThan(decodeTimeCursor(after)) } : where,
        order: { createdAt: 'DESC' },
        take: first + 1,
      }),
      this.events.countBy(where),
    ]);
    return toConnection(rows, first, totalCount, (event) => event.createdAt.toISOString());
  }
}
