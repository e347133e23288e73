/**
 * A plan's meetings are those held in its period: the meeting's day where the forum is, from the plan's first day to its
 * last, both included. Each argument is an SQL expression (a column or a parameter).
 */
export function heldInPeriodSql(startsAt: string, timeZone: string, periodStart: string, periodEnd: string): string {
  return `(${startsAt} AT TIME ZONE ${timeZone})::date BETWEEN ${periodStart} AND ${periodEnd}`;
}
