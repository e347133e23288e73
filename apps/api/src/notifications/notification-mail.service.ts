import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Locale } from '@ogp-forum/domain';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { MAIL_QUEUE, MailQueue } from '../mail/mail-queue.service.js';
import type { Mail } from '../mail/mail.service.js';
import { User } from '../users/user.entity.js';
import { notificationSubjectLoader, notificationUrl, subjectKey, subjectTitleIn } from './notification-subjects.js';
import { DEFAULT_DELIVERY, kindsOf, NotificationDelivery, NotificationPreference, NotificationTopic, TOPIC_OF } from './notification-preference.entity.js';
import { Notification, NotificationKind } from './notification.entity.js';

export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';
/** What an unsubscribe link turns off: one topic's e-mails, or (DIGEST) the daily digest. */
export const DIGEST = 'DIGEST';
export type UnsubscribeTopic = NotificationTopic | typeof DIGEST;
export const DAILY_DIGEST_QUEUE = 'daily-digest';

/**
 * The language a member's e-mails are written in. The one place that reads it, so that the member's language setting
 * (users.locale today) can move without touching the e-mails.
 */
export function memberLanguage(user: Pick<User, 'locale'>): Locale {
  return user.locale === Locale.ko ? Locale.ko : Locale.en;
}

/** Kinds whose e-mail at once is written by the feature itself (meetings: the new time and place); digests list them all. */
const OWN_MAIL: NotificationKind[] = [NotificationKind.MEETING_RESCHEDULED, NotificationKind.MEETING_CANCELLED];

const HEADLINES: Record<NotificationKind, Record<Locale, (title: string) => string>> = {
  [NotificationKind.MENTION]: { en: (t) => `You were mentioned: ${t}`, ko: (t) => `회원님이 언급되었습니다: ${t}` },
  [NotificationKind.REPLY]: { en: (t) => `A reply to your comment: ${t}`, ko: (t) => `회원님의 댓글에 답글이 달렸습니다: ${t}` },
  [NotificationKind.COMMENT_HIDDEN]: { en: (t) => `A moderator hid your comment: ${t}`, ko: (t) => `운영진이 회원님의 댓글을 숨겼습니다: ${t}` },
  [NotificationKind.FOLLOWED_UPDATE]: { en: (t) => `Progress update: ${t}`, ko: (t) => `진행 상황 업데이트: ${t}` },
  [NotificationKind.MEETING_RESCHEDULED]: { en: (t) => `New time: ${t}`, ko: (t) => `일정 변경: ${t}` },
  [NotificationKind.MEETING_CANCELLED]: { en: (t) => `Cancelled: ${t}`, ko: (t) => `회의 취소: ${t}` },
  [NotificationKind.ACTION_ITEM_ASSIGNED]: { en: (t) => `An action item for you: ${t}`, ko: (t) => `회원님께 배정된 후속 조치: ${t}` },
  [NotificationKind.PROPOSAL_DECIDED]: { en: (t) => `Your proposal was decided: ${t}`, ko: (t) => `제안에 대한 결정이 내려졌습니다: ${t}` },
  [NotificationKind.PROPOSAL_SUBMITTED]: { en: (t) => `A proposal was submitted: ${t}`, ko: (t) => `새 제안이 제출되었습니다: ${t}` },
  [NotificationKind.PROPOSAL_SELECTED_AS_LEAD]: { en: (t) => `Your organisation leads a selected proposal: ${t}`, ko: (t) => `소속 기관이 주관하는 제안이 선정되었습니다: ${t}` },
};

const WORDS = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    digestSubject: (day: string) => `Your OGP Forum digest for ${day}`,
    digestIntro: 'Here is what happened on the OGP Forum for you today:',
    why: (topic: string) => `You receive this because of your notification settings for ${topic}. Change them on your account page, or stop these e-mails with one click:`,
    topics: {
      MENTIONS: 'mentions',
      FOLLOWED_UPDATES: 'updates on commitments you follow',
      PROPOSAL_DECISIONS: 'proposal decisions',
      MEETINGS: 'meetings',
      REPLIES: 'replies to your comments',
    } satisfies Record<NotificationTopic, string>,
    digestWhy: 'You receive this daily digest because of your notification settings. Change them on your account page, or stop a part of it with one click:',
  },
  ko: {
    hello: (name: string) => `${name}님, 안녕하세요.`,
    digestSubject: (day: string) => `OGP 포럼 일일 요약 (${day})`,
    digestIntro: '오늘 OGP 포럼에서 회원님과 관련된 소식입니다:',
    why: (topic: string) => `${topic} 알림 설정에 따라 보내 드리는 메일입니다. 계정 페이지에서 설정을 바꾸거나, 한 번의 클릭으로 수신을 중단할 수 있습니다:`,
    topics: {
      MENTIONS: '언급',
      FOLLOWED_UPDATES: '팔로우한 약속의 업데이트',
      PROPOSAL_DECISIONS: '제안 결정',
      MEETINGS: '회의',
      REPLIES: '내 댓글에 달린 답글',
    } satisfies Record<NotificationTopic, string>,
    digestWhy: '알림 설정에 따라 보내 드리는 일일 요약입니다. 계정 페이지에서 설정을 바꾸거나, 한 번의 클릭으로 일부 수신을 중단할 수 있습니다:',
  },
} as const;

/** A deterministic job id (a UUID built from a SHA-256), so that the same digest cannot be queued twice. */
function jobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * E-mail for notifications: at once, in the notification's transaction (a job of the queue), or in one daily digest
 * (a scheduled job at DIGEST_HOUR in the forum's time zone); each in the member's language and with a one-click
 * unsubscribe link (RFC 8058) that turns that topic's e-mail off.
 */
@Injectable()
export class NotificationMailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig & { jwtSecret: string },
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: MailQueue,
  ) {
    queue.work<{ notificationId: string }>(NOTIFICATION_MAIL_QUEUE, (job) => this.sendNotificationMail(job.data.notificationId, job.id, new Date(job.data.queuedAt)));
    queue.work(
      DAILY_DIGEST_QUEUE,
      async () => {
        await this.sendDailyDigests();
      },
      `0 ${config.digestHour} * * *`,
    );
  }

  private get baseUrl(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port}`;
  }

  /** Each member's choice per topic, defaults filled in. */
  async preferences(userId: string, tx: EntityManager = this.db.manager): Promise<Record<NotificationTopic, NotificationDelivery>> {
    const rows = await tx.findBy(NotificationPreference, { userId });
    return { ...DEFAULT_DELIVERY, ...Object.fromEntries(rows.map((row) => [row.topic, row.delivery])) };
  }

  async setPreference(userId: string, topic: NotificationTopic, delivery: NotificationDelivery): Promise<NotificationPreference> {
    await this.db.getRepository(NotificationPreference).upsert({ userId, topic, delivery }, ['userId', 'topic']);
    return Object.assign(new NotificationPreference(), { userId, topic, delivery });
  }

  /** Of `userIds`, those who want e-mail at once for `topic`. */
  async wantEmailNow(tx: EntityManager, userIds: string[], topic: NotificationTopic): Promise<string[]> {
    if (!userIds.length) return [];
    const chosen = await tx.findBy(NotificationPreference, { userId: In(userIds), topic });
    const delivery = new Map(chosen.map((row) => [row.userId, row.delivery]));
    return userIds.filter((id) => (delivery.get(id) ?? DEFAULT_DELIVERY[topic]) === NotificationDelivery.EMAIL);
  }

  /** Queues, in the caller's transaction, an e-mail for each of these new notifications whose member wants one at once. */
  async queueForNew(tx: EntityManager, notifications: { id: string; userId: string; kind: NotificationKind }[]): Promise<void> {
    const byKind = notifications.filter((notification) => !OWN_MAIL.includes(notification.kind));
    if (!byKind.length) return;
    const topic = TOPIC_OF[byKind[0].kind];
    const wanted = new Set(await this.wantEmailNow(tx, byKind.map((notification) => notification.userId), topic));
    for (const notification of byKind) {
      if (wanted.has(notification.userId)) await this.queue.sendTo(NOTIFICATION_MAIL_QUEUE, { notificationId: notification.id }, tx);
    }
  }

  // --- Unsubscribe (RFC 8058) ---------------------------------------------------------------------------------------

  private signature(payload: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`unsubscribe:${payload}`).digest('base64url');
  }

  /**
   * A token naming the member and the topic (or DIGEST: every topic they get as a digest), signed with the api's
   * secret: it needs no sign-in and cannot be forged.
   */
  unsubscribeToken(userId: string, topic: UnsubscribeTopic): string {
    const payload = Buffer.from(`${userId}:${topic}`).toString('base64url');
    return `${payload}.${this.signature(payload)}`;
  }

  /** The member and topic a token names, or null for a token that is not ours. */
  readUnsubscribeToken(token: string): { userId: string; topic: UnsubscribeTopic } | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.signature(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, topic] = Buffer.from(payload, 'base64url').toString().split(':');
    if (!/^[0-9a-f-]{36}$/.test(userId ?? '') || !(topic === DIGEST || Object.values(NotificationTopic).includes(topic as NotificationTopic))) return null;
    return { userId, topic: topic as UnsubscribeTopic };
  }

  unsubscribeUrl(userId: string, topic: UnsubscribeTopic): string {
    return `${this.baseUrl}/unsubscribe/${this.unsubscribeToken(userId, topic)}`;
  }

  /** List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): a mail client's "unsubscribe" button POSTs to the link. */
  unsubscribeHeaders(userId: string, topic: UnsubscribeTopic): Record<string, string> {
    return { 'List-Unsubscribe': `<${this.unsubscribeUrl(userId, topic)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  /** The one-click unsubscribe: that topic's e-mail off (in the app only); DIGEST: every topic of the digest. */
  async unsubscribe(token: string): Promise<{ userId: string; topic: UnsubscribeTopic } | null> {
    const named = this.readUnsubscribeToken(token);
    if (!named || !(await this.db.getRepository(User).existsBy({ id: named.userId }))) return null;
    const preferences = await this.preferences(named.userId);
    const topics = named.topic === DIGEST ? (Object.keys(preferences) as NotificationTopic[]).filter((topic) => preferences[topic] === NotificationDelivery.DAILY_DIGEST) : [named.topic];
    for (const topic of topics) await this.setPreference(named.userId, topic, NotificationDelivery.IN_APP);
    return named;
  }

  // --- Workers ------------------------------------------------------------------------------------------------------

  private async sendNotificationMail(notificationId: string, id: string, queuedAt: Date): Promise<void> {
    const notification = await this.db.getRepository(Notification).findOneBy({ id: notificationId });
    const user = notification && (await this.db.getRepository(User).findOneBy({ id: notification.userId }));
    // Gone since (the member or the subject deleted): nothing to tell.
    if (!notification || !user) return;
    const topic = TOPIC_OF[notification.kind];
    if ((await this.preferences(user.id))[topic] !== NotificationDelivery.EMAIL) return;
    const subject = await notificationSubjectLoader(this.db).load(subjectKey(notification.subjectType, notification.subjectId));
    if (!subject) return;
    const language = memberLanguage(user);
    const words = WORDS[language === Locale.ko ? 'ko' : 'en'];
    const headline = HEADLINES[notification.kind][language](subjectTitleIn(subject, language));
    const text = [
      words.hello(user.displayName),
      '',
      headline,
      ...(notification.excerpt ? ['', `“${notification.excerpt}”`] : []),
      '',
      `${this.baseUrl}${notificationUrl(subject, notification.commentId)}`,
      '',
      '--',
      words.why(words.topics[topic]),
      this.unsubscribeUrl(user.id, topic),
    ].join('\n');
    await this.queue.deliverNow({ to: user.email, subject: headline, text, headers: this.unsubscribeHeaders(user.id, topic) }, id, queuedAt);
  }

  /**
   * The daily digest: to each member, one e-mail listing the notifications of the past day in the topics they get as
   * a digest. Queued with an id made of the member and the day, so a second run that day queues nothing new. Returns
   * how many members have a digest.
   */
  async sendDailyDigests(): Promise<number> {
    const [{ now }] = (await this.db.query('SELECT now() AS now')) as { now: Date }[];
    const day = DateTime.fromJSDate(now, { zone: this.config.timeZone }).toISODate()!;
    const since = new Date(now.getTime() - 86_400_000);
    const rows: { user_id: string; kind: NotificationKind }[] = await this.db.query(
      `SELECT DISTINCT n.user_id, n.kind FROM notifications n WHERE n.created_at > $1 AND n.created_at <= $2`,
      [since, now],
    );
    const users = [...new Set(rows.map((row) => row.user_id))];
    let queued = 0;
    for (const userId of users) {
      const preferences = await this.preferences(userId);
      const topics = (Object.keys(preferences) as NotificationTopic[]).filter((topic) => preferences[topic] === NotificationDelivery.DAILY_DIGEST);
      if (!topics.length) continue;
      const notifications = await this.db.getRepository(Notification).find({
        where: { userId, kind: In(topics.flatMap(kindsOf)) },
        order: { createdAt: 'ASC' },
      });
      const today = notifications.filter((notification) => notification.createdAt > since && notification.createdAt <= now);
      const user = await this.db.getRepository(User).findOneBy({ id: userId });
      if (!today.length || !user) continue;
      await this.queue.sendTo(MAIL_QUEUE, { mail: await this.digestMail(user, today, topics, day) }, undefined, { id: jobId('digest', userId, day) });
      queued += 1;
    }
    return queued;
  }

  private async digestMail(user: User, notifications: Notification[], topics: NotificationTopic[], day: string): Promise<Mail> {
    const language = memberLanguage(user);
    const words = WORDS[language === Locale.ko ? 'ko' : 'en'];
    const subjects = notificationSubjectLoader(this.db);
    const lines: string[] = [];
    for (const notification of notifications) {
      const subject = await subjects.load(subjectKey(notification.subjectType, notification.subjectId));
      if (!subject) continue;
      lines.push(`• ${HEADLINES[notification.kind][language](subjectTitleIn(subject, language))}`);
      if (notification.excerpt) lines.push(`  “${notification.excerpt}”`);
      lines.push(`  ${this.baseUrl}${notificationUrl(subject, notification.commentId)}`);
    }
    // The header's one click stops the whole digest; the text links each of its topics.
    const text = [
      words.hello(user.displayName),
      '',
      words.digestIntro,
      '',
      ...lines,
      '',
      '--',
      words.digestWhy,
      ...topics.map((topic) => `${words.topics[topic]}: ${this.unsubscribeUrl(user.id, topic)}`),
    ].join('\n');
    return { to: user.email, subject: words.digestSubject(day), text, headers: this.unsubscribeHeaders(user.id, DIGEST) };
  }
}
