import { Locale } from '@ogp-forum/domain';
import { DateTime } from 'luxon';
import type { Mail } from '../mail/mail.service.js';
import type { Meeting } from './meeting.entity.js';

/** Tells a member that a meeting moved or was cancelled, in their language with the other one below it. */
export function meetingChangeMail(
  to: { email: string; displayName: string; locale: Locale },
  meeting: Meeting,
  change: 'rescheduled' | 'cancelled',
  link: string,
  timeZone: string,
): Mail {
  const when = (locale: string) => DateTime.fromJSDate(meeting.startsAt, { zone: timeZone }).setLocale(locale).toLocaleString(DateTime.DATETIME_FULL);
  const en = [
    `Hello ${to.displayName},`,
    '',
    change === 'cancelled'
      ? `The meeting "${meeting.title}" on ${when('en')} is cancelled: ${meeting.cancellationReason}.`
      : `The meeting "${meeting.title}" now takes place on ${when('en')}${meeting.place ? `, ${meeting.place}` : ''}.`,
    '',
    link,
  ].join('\n');
  const ko = [
    `${to.displayName}님, 안녕하세요.`,
    '',
    change === 'cancelled'
      ? `${when('ko')}에 예정된 회의 "${meeting.title}" 일정이 취소되었습니다. 사유: ${meeting.cancellationReason}`
      : `회의 "${meeting.title}" 일정이 변경되었습니다. 새 일정: ${when('ko')}${meeting.place ? `, ${meeting.place}` : ''}`,
    '',
    link,
  ].join('\n');
  const subjects = {
    cancelled: { en: `Cancelled: ${meeting.title}`, ko: `회의 취소: ${meeting.title}` },
    rescheduled: { en: `New time: ${meeting.title}`, ko: `일정 변경: ${meeting.title}` },
  }[change];
  const [first, second] = to.locale === Locale.ko ? [ko, en] : [en, ko];
  return { to: to.email, subject: to.locale === Locale.ko ? subjects.ko : subjects.en, text: `${first}\n\n----\n\n${second}\n` };
}
