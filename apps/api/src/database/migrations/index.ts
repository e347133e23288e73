import { Foundation1795784048841 } from './1795784048841-Foundation.js';
import { Sessions1795785243913 } from './1795785243913-Sessions.js';
import { MembersAndAudit1795785481968 } from './1795785481968-MembersAndAudit.js';
import { Discussion1795786678145 } from './1795786678145-Discussion.js';
import { Proposals1795790276786 } from './1795790276786-Proposals.js';
import { Meetings1795792582310 } from './1795792582310-Meetings.js';
import { CoCreation1795793922058 } from './1795793922058-CoCreation.js';
import { FollowUps1795797447510 } from './1795797447510-FollowUps.js';
import { SignInThrottle1796018809986 } from './1796018809986-SignInThrottle.js';
import { Adoption1796018880596 } from './1796018880596-Adoption.js';
import { Reports1796019296015 } from './1796019296015-Reports.js';
import { RefreshReuseWindow1796019599338 } from './1796019599338-RefreshReuseWindow.js';
import { NotificationComment1796020334379 } from './1796020334379-NotificationComment.js';
import { Attachments1796023479423 } from './1796023479423-Attachments.js';
import { DecisionRationale1796100000000 } from './1796100000000-DecisionRationale.js';
import { ForumRules1796101100000 } from './1796101100000-ForumRules.js';
import { DataImports1796101200000 } from './1796101200000-DataImports.js';
import { ForumChangedNotifications1796103178359 } from './1796103178359-ForumChangedNotifications.js';
import { Search1796130000000 } from './1796130000000-Search.js';
import { SharedRateLimits1796130000001 } from './1796130000001-SharedRateLimits.js';
import { NotificationKinds1796200000000 } from './1796200000000-NotificationKinds.js';
import { SecretariatKind1796200000100 } from './1796200000100-SecretariatKind.js';
import { MemberDeactivation1796310000000 } from './1796310000000-MemberDeactivation.js';
import { CalendarFeeds1796310000100 } from './1796310000100-CalendarFeeds.js';
import { ModerationQueue1796310000200 } from './1796310000200-ModerationQueue.js';

/** The committed migrations, oldest first. */
export const MIGRATIONS = [Foundation1795784048841, Sessions1795785243913, MembersAndAudit1795785481968, Discussion1795786678145, Proposals1795790276786, Meetings1795792582310, CoCreation1795793922058, FollowUps1795797447510, SignInThrottle1796018809986, Adoption1796018880596, Reports1796019296015, RefreshReuseWindow1796019599338, NotificationComment1796020334379, Attachments1796023479423, DecisionRationale1796100000000, ForumRules1796101100000, DataImports1796101200000, ForumChangedNotifications1796103178359, Search1796130000000, SharedRateLimits1796130000001, NotificationKinds1796200000000, SecretariatKind1796200000100, MemberDeactivation1796310000000, CalendarFeeds1796310000100, ModerationQueue1796310000200];
