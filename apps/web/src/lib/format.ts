import { useTranslation } from 'react-i18next';

/** A date as the reader's language writes it; ISO dates (YYYY-MM-DD) are calendar days, not instants. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  return (value: string | Date) => {
    const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = calendarDay ? new Date(`${value}T00:00:00Z`) : new Date(value);
    return new Intl.DateTimeFormat(i18n.language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: calendarDay ? 'UTC' : undefined,
    }).format(date);
  };
}

/** The Korean text where a record has one and the reader reads Korean; otherwise the original. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (original: string, korean?: string | null) => (i18n.language === 'ko' && korean ? korean : original);
}
