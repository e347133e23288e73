import type { User as ForumUser } from '../../users/user.entity.js';

declare global {
  namespace Express {
    // Passport's `req.user`, set by the permission guard (bearer token) or the local strategy (login).
    interface User extends ForumUser {}
    interface Request {
      sessionId?: string | null;
    }
  }
}
