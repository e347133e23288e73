/** Emitted (@nestjs/event-emitter) after the commit that ended a session: logout, revocation, a reused refresh token, a new password. */
export const SESSION_ENDED = 'session.ended';

export interface SessionEnded {
  sessionId: string;
}
