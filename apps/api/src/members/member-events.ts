/** Emitted (@nestjs/event-emitter) after the commit that changed a member's role, organisation or name. */
export const MEMBER_CHANGED = 'member.changed';

export interface MemberChanged {
  userId: string;
}
