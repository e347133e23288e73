import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { sha256 } from '../auth/tokens.js';
import { User } from '../users/user.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';

/** A member's personal calendar feed: the secret URL is shown once when made; renewing replaces it, revoking ends it. */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  mine(userId: string): Promise<CalendarFeed | null> {
    return this.db.getRepository(CalendarFeed).findOneBy({ userId });
  }

  /** Makes a new secret for the member's feed; the URL given out before stops working. Returns the new secret. */
  async renew(user: User): Promise<{ feed: CalendarFeed; secret: string }> {
    const secret = randomBytes(32).toString('base64url');
    const feed = await this.db.transaction(async (tx) => {
      await tx.delete(CalendarFeed, { userId: user.id });
      const feed = await tx.save(CalendarFeed, { userId: user.id, tokenHash: sha256(secret) });
      await this.audit.record(tx, { actorId: user.id, action: 'calendar_feed.renewed', entityType: 'User', entityId: user.id });
      return feed;
    });
    return { feed, secret };
  }

  /** Ends the member's feed; false when there was none. */
  async revoke(user: User): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.delete(CalendarFeed, { userId: user.id });
      if (!deleted.affected) return false;
      await this.audit.record(tx, { actorId: user.id, action: 'calendar_feed.revoked', entityType: 'User', entityId: user.id });
      return true;
    });
  }

  /** The member behind a feed secret; null for an unknown, revoked or replaced secret, or a deactivated member. */
  async ownerOf(secret: string): Promise<User | null> {
    const feed = await this.db.getRepository(CalendarFeed).findOne({ where: { tokenHash: sha256(secret) }, relations: { user: true } });
    return feed?.user && !feed.user.deactivatedAt ? feed.user : null;
  }
}
