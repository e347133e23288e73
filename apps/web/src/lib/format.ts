import { useTranslation } from 'react-i18next';

/**
 * A date as the reader's language writes it. ISO dates (YYYY-MM-DD) are calendar days, not instants; an instant is the
 * day it was where the forum is, whatever the reader's device says.
 */
export function useFormatDate() {
  const { i18n } = useTranslation();
  return (value: string | Date) => {
    const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = calendarDay ? new Date(`${value}T00:00:00Z`) : new Date(value);
    return new Intl.DateTimeFormat(i18n.language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: calendarDay ? 'UTC' : forumTimeZone(),
    }).format(date);
  };
}

/** The Korean text where a record has one and the reader reads Korean; otherwise the original. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (original: string, korean?: string | null) => (i18n.language === 'ko' && korean ? korean : original);
}

/**
 * The forum's time zone: meetings are shown and scheduled in it, whatever the reader's device says. The api's
 * FORUM_TIME_ZONE, read once before the app renders (loadForumSettings); Asia/Seoul, the api's default, until then.
 */
let timeZoneOfForum = 'Asia/Seoul';
export const forumTimeZone = () => timeZoneOfForum;

/** Asks the api for the forum's settings; on failure the default stays and the app still renders. */
export async function loadForumSettings(): Promise<void> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ forumSettings { timeZone } }' }),
    });
    const timeZone = (await response.json())?.data?.forumSettings?.timeZone;
    if (typeof timeZone === 'string') timeZoneOfForum = timeZone;
  } catch {
    // Offline or api down: the pages show their own error states.
  }
}

/** The forum's time zone as the reader's language names it ("Korean Standard Time", "한국 표준시"). */
export function useForumTimeZoneName() {
  const { i18n } = useTranslation();
  const parts = new Intl.DateTimeFormat(i18n.language, { timeZone: forumTimeZone(), timeZoneName: 'long' }).formatToParts(new Date());
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? forumTimeZone();
}

/** A meeting's date and time ("Tue, 3 Jun 2025, 15:00") in the forum's time zone, written the reader's way. */
export function useFormatDateTime() {
  const { i18n } = useTranslation();
  return (value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' }) =>
    new Intl.DateTimeFormat(i18n.language, { ...options, timeZone: forumTimeZone() }).format(new Date(value));
}

/** The wall-clock parts of an instant in a time zone. */
function zonedParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** A date (YYYY-MM-DD) and time (HH:mm) on the forum's wall clock, as an ISO instant. */
export function forumTimeToIso(date: string, time: string, timeZone = forumTimeZone()): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wallClock - zoneOffset(wallClock, timeZone);
  // Across a daylight-saving change the offset at the guess can differ from the offset at the answer: correct once.
  instant = wallClock - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

/** An ISO instant as the forum's wall-clock date (YYYY-MM-DD) and time (HH:mm), for editing. */
export function isoToForumTime(iso: string, timeZone = forumTimeZone()): { date: string; time: string } {
  const p = zonedParts(new Date(iso).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Today's date (YYYY-MM-DD) in the forum's time zone. */
export const forumToday = () => isoToForumTime(new Date().toISOString()).date;
