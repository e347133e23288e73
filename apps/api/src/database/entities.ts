import { AuditEvent } from '../audit/audit-event.entity.js';
import { RefreshToken, Session } from '../auth/session.entity.js';
import { Invitation } from '../members/invitation.entity.js';
import { SignUp } from '../members/sign-up.entity.js';
import { Comment, CommentRevision } from '../discussion/comment.entity.js';
import { SubjectSequence, ThreadEvent } from '../discussion/thread-event.entity.js';
import { Follow, Notification } from '../notifications/notification.entity.js';
import { NotificationPreference } from '../notifications/notification-preference.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { Evaluation } from '../proposals/evaluation.entity.js';
import { WorkingGroup, WorkingGroupMember } from '../proposals/working-group.entity.js';
import { DraftCommitment, DraftSection, DraftSectionVersion } from '../proposals/draft-commitment.entity.js';
import { AgendaItem, Meeting } from '../meetings/meeting.entity.js';
import { ActionItem, Decision, MinutesAmendment } from '../meetings/minutes.entity.js';
import { Attendance, Rsvp } from '../meetings/participation.entity.js';
import { CalendarFeed } from '../meetings/calendar-feed.entity.js';
import { CommentFlag } from '../discussion/comment-flag.entity.js';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ReportConsultation } from '../reports/report-consultation.entity.js';
import { ReportNarrative, ReportNarrativeVersion } from '../reports/report-narrative.entity.js';
import { User } from '../users/user.entity.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { ForumRules, ForumRulesVersion } from '../forum/forum-rules.entity.js';
import { DataImport } from '../open-data/data-import.entity.js';

/** Every TypeORM entity; the one list the DataSource, Nest and the migration generator read. */
export const ENTITIES = [Organization, User, ActionPlan, Theme, Commitment, Milestone, ProgressUpdate, IrmRecommendation, Session, RefreshToken, Invitation, SignUp, AuditEvent,
  Comment, CommentRevision, ThreadEvent, SubjectSequence, Notification, Follow, NotificationPreference, Proposal,
  Meeting, AgendaItem, Rsvp, Attendance, Decision, ActionItem, MinutesAmendment,
  Evaluation, WorkingGroup, WorkingGroupMember, DraftCommitment, DraftSection, DraftSectionVersion,
  ReportNarrative, ReportNarrativeVersion, ReportConsultation, Attachment, ForumRules, ForumRulesVersion, DataImport,
  CalendarFeed, CommentFlag];
