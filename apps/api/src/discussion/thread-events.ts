/** Names of the in-process domain events (@nestjs/event-emitter), emitted after the transaction that caused them commits. */
export const THREAD_EVENT = 'thread.event';
export const NOTIFICATIONS_CHANGED = 'notifications.changed';

/** Carried by THREAD_EVENT: the ids of the thread events just committed. */
export interface ThreadEventsCommitted {
  eventIds: string[];
}

/** Carried by NOTIFICATIONS_CHANGED: the members whose unread count changed. */
export interface NotificationsChanged {
  userIds: string[];
}
