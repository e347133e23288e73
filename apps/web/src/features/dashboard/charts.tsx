import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatDate, useLocalized } from '../../lib/format';
import { ChartFigure } from './ChartFigure';
import type { DashboardPlan, LevelCounts, PlanDashboard, TimelineMilestone } from './dashboard-documents';

/** The completion levels in the order they stack, done at the bottom; each with its colour from styles.css. */
const LEVELS = ['completed', 'substantial', 'limited', 'notStarted', 'withdrawn', 'incorporated'] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_COLOR: Record<Level, string> = {
  completed: 'var(--chart-completed)',
  substantial: 'var(--chart-substantial)',
  limited: 'var(--chart-limited)',
  notStarted: 'var(--chart-not-started)',
  withdrawn: 'var(--chart-withdrawn)',
  incorporated: 'var(--chart-incorporated)',
};
const LEVEL_KEY: Record<Level, string> = {
  completed: 'completion.COMPLETED',
  substantial: 'completion.SUBSTANTIAL',
  limited: 'completion.LIMITED',
  notStarted: 'completion.NOT_STARTED',
  withdrawn: 'completion.WITHDRAWN',
  incorporated: 'planDashboard.incorporated',
};

const SECTORS = ['government', 'civilSociety', 'other', 'secretariat'] as const;
const SECTOR_COLOR = { government: 'var(--chart-government)', civilSociety: 'var(--chart-civil-society)', other: 'var(--chart-other)', secretariat: 'var(--chart-secretariat)' };
const SECTOR_KEY = { government: 'attendance.government', civilSociety: 'attendance.civilSociety', other: 'attendance.other', secretariat: 'attendance.secretariat' };

type MilestoneState = 'COMPLETED' | 'DELAYED' | 'PLANNED' | 'WITHDRAWN';
const MILESTONE_COLOR: Record<MilestoneState, string> = {
  COMPLETED: 'var(--chart-completed)',
  DELAYED: 'var(--chart-delayed)',
  PLANNED: 'var(--chart-planned)',
  WITHDRAWN: 'var(--chart-withdrawn)',
};

const DAY_MS = 86_400_000;
/** Days since 1970 of an ISO date: the milestone timeline's scale. */
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Static drawings: no animation to wait for on screen or on paper, and no focus stops inside the hidden drawing. */
const CHART_PROPS = { accessibilityLayer: false, margin: { top: 8, right: 16, bottom: 8, left: 0 } } as const;
const BAR_PROPS = { isAnimationActive: false } as const;

function useChartWords() {
  const { t, i18n } = useTranslation();
  const levelLabel = (level: Level) => t(LEVEL_KEY[level]);
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
  /** "Completed 12, Substantially completed 1": the levels that occur, with their counts. */
  const levelList = (counts: LevelCounts) => list(LEVELS.filter((level) => counts[level] > 0).map((level) => `${levelLabel(level)} ${counts[level]}`));
  /** Month and year of a day number, for time axes. */
  const monthYear = (day: number) => new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(day * DAY_MS));
  return { t, levelLabel, list, levelList, monthYear };
}

/** The levels that occur anywhere in the series: the legend, the bars and the table's columns leave the others out. */
function levelsIn(series: LevelCounts[]): Level[] {
  return LEVELS.filter((level) => series.some((counts) => counts[level] > 0));
}

function LevelHeaders({ levels }: { levels: Level[] }) {
  const { t, levelLabel } = useChartWords();
  return (
    <>
      {levels.map((level) => (
        <th key={level} scope="col">
          {levelLabel(level)}
        </th>
      ))}
      <th scope="col">{t('planDashboard.total')}</th>
    </>
  );
}

function LevelCells({ counts, levels }: { counts: LevelCounts; levels: Level[] }) {
  return (
    <>
      {levels.map((level) => (
        <td key={level} className="number">
          {counts[level]}
        </td>
      ))}
      <td className="number">{counts.total}</td>
    </>
  );
}

/** One stacked bar per level, as direct children of the chart. */
function levelBars(levels: Level[], levelLabel: (level: Level) => string) {
  return levels.map((level) => <Bar key={level} {...BAR_PROPS} dataKey={level} name={levelLabel(level)} stackId="levels" fill={LEVEL_COLOR[level]} />);
}

export function CompletionByThemeChart({ rows }: { rows: PlanDashboard['completionByTheme'] }) {
  const { t, levelLabel, levelList } = useChartWords();
  const localized = useLocalized();
  const levels = levelsIn(rows.map((row) => row.counts));
  const total = Object.fromEntries([...LEVELS, 'total'].map((key) => [key, rows.reduce((sum, row) => sum + row.counts[key as Level], 0)])) as LevelCounts;
  const themeName = (row: (typeof rows)[number]) => `${row.theme.position}. ${localized(row.theme.title, row.theme.titleKo)}`;
  const data = rows.map((row) => ({ name: String(row.theme.position), title: themeName(row), ...row.counts }));
  return (
    <ChartFigure
      title={t('planDashboard.byTheme.title')}
      summary={t('planDashboard.byTheme.summary', { count: total.total, themes: rows.length, levels: levelList(total) })}
      height={280}
      legend={levels.map((level) => ({ key: level, label: levelLabel(level), color: LEVEL_COLOR[level] }))}
      note={<p>{t('planDashboard.byTheme.note')}</p>}
      chart={
        <BarChart data={data} {...CHART_PROPS}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.title ?? ''} />
          {levelBars(levels, levelLabel)}
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.byTheme.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.theme')}</th>
              <LevelHeaders levels={levels} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme.id}>
                <th scope="row">{themeName(row)}</th>
                <LevelCells counts={row.counts} levels={levels} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('planDashboard.allThemes')}</th>
              <LevelCells counts={total} levels={levels} />
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}

export function CompletionHistoryChart({ history }: { history: PlanDashboard['completionHistory'] }) {
  const { t, levelLabel, levelList } = useChartWords();
  const formatDate = useFormatDate();
  const levels = levelsIn(history.points.map((point) => point.counts));
  const last = history.points[history.points.length - 1];
  const data = history.points.map((point) => ({ name: formatDate(point.date), ...point.counts }));
  return (
    <ChartFigure
      title={t('planDashboard.history.title')}
      summary={t('planDashboard.history.summary', { count: history.updateCount, date: formatDate(last.date), levels: levelList(last.counts) })}
      height={280}
      legend={levels.map((level) => ({ key: level, label: levelLabel(level), color: LEVEL_COLOR[level] }))}
      note={
        <>
          <p>{t('planDashboard.history.reconstructed')}</p>
          {history.points.length <= 2 && history.updateCount > 0 && <p>{t('planDashboard.history.fewPoints')}</p>}
        </>
      }
      chart={
        <BarChart data={data} {...CHART_PROPS}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          {levelBars(levels, levelLabel)}
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planDashboard.date')}</th>
              <LevelHeaders levels={levels} />
            </tr>
          </thead>
          <tbody>
            {history.points.map((point) => (
              <tr key={point.date}>
                <th scope="row" className="date">
                  {formatDate(point.date)}
                </th>
                <LevelCells counts={point.counts} levels={levels} />
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function milestoneState(milestone: TimelineMilestone): MilestoneState {
  if (milestone.completion === 'COMPLETED') return 'COMPLETED';
  if (milestone.completion === 'WITHDRAWN') return 'WITHDRAWN';
  return milestone.delayed ? 'DELAYED' : 'PLANNED';
}

export function MilestoneTimelineChart({ milestones, asOf, plan }: { milestones: TimelineMilestone[]; asOf: string; plan: DashboardPlan }) {
  const { t, monthYear } = useChartWords();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  // After the term a milestone past its end is not "delayed" any more: it was not finished.
  const closed = plan.status === 'CLOSED';
  const stateLabel = (state: MilestoneState) => t(`planDashboard.timeline.state.${state === 'DELAYED' && closed ? 'UNFINISHED' : state}`);
  const states = (['COMPLETED', 'DELAYED', 'PLANNED', 'WITHDRAWN'] as const).filter((state) => milestones.some((m) => milestoneState(m) === state));
  const data = milestones.map((milestone) => ({
    name: `${milestone.commitmentCode} · ${milestone.position}`,
    title: localized(milestone.title, milestone.titleKo),
    range: [dayNumber(milestone.start), dayNumber(milestone.end) + 1],
    dates: `${formatDate(milestone.start)} – ${formatDate(milestone.end)}`,
    state: milestoneState(milestone),
  }));
  const first = Math.min(...data.map((row) => row.range[0]));
  const last = Math.max(...data.map((row) => row.range[1]));
  const today = Math.floor(Date.parse(asOf) / DAY_MS);
  const count = (state: MilestoneState) => milestones.filter((m) => milestoneState(m) === state).length;
  const status = (milestone: TimelineMilestone) => {
    const state = milestoneState(milestone);
    if (state !== 'DELAYED') return stateLabel(state);
    return closed ? t('commitment.unfinished') : t('commitment.delayed', { count: milestone.daysDelayed });
  };
  return (
    <ChartFigure
      title={t('planDashboard.timeline.title')}
      summary={t(closed ? 'planDashboard.timeline.summaryClosed' : 'planDashboard.timeline.summary', { count: milestones.length, completed: count('COMPLETED'), delayed: count('DELAYED') })}
      height={48 + 24 * data.length}
      legend={states.map((state) => ({ key: state, label: stateLabel(state), color: MILESTONE_COLOR[state] }))}
      note={<p>{t('planDashboard.timeline.note', { date: formatDate(asOf) })}</p>}
      empty={milestones.length ? null : t('planDashboard.timeline.empty')}
      chart={
        <BarChart data={data} layout="vertical" barCategoryGap={4} {...CHART_PROPS}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[first, last]} tickFormatter={monthYear} tickCount={5} />
          <YAxis type="category" dataKey="name" width={56} interval={0} />
          <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.title ?? ''} formatter={(_value, _name, item) => item.payload.dates} />
          <Bar {...BAR_PROPS} dataKey="range" name={t('planDashboard.timeline.planned')}>
            {data.map((row) => (
              <Cell key={row.name} fill={MILESTONE_COLOR[row.state]} />
            ))}
          </Bar>
          {today >= first && today <= last && <ReferenceLine x={today} stroke="var(--ink)" strokeDasharray="4 2" label={{ value: t('planDashboard.timeline.today'), position: 'top', fill: 'var(--ink)' }} />}
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.timeline.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('commitment.milestone')}</th>
              <th scope="col">{t('planDashboard.timeline.planned')}</th>
              <th scope="col">{t('planDashboard.status')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((milestone) => (
              <tr key={milestone.id}>
                <th scope="row">
                  <Link to={`/commitments/${milestone.commitmentId}`} className="code">
                    {milestone.commitmentCode}
                  </Link>{' '}
                  {localized(milestone.title, milestone.titleKo)}
                </th>
                <td>
                  <span className="date">{formatDate(milestone.start)}</span> – <span className="date">{formatDate(milestone.end)}</span>
                </td>
                <td className="milestone-status">{status(milestone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function FreshnessChart({ rows, plan }: { rows: PlanDashboard['freshness']; plan: DashboardPlan }) {
  const { t, list } = useChartWords();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const implementing = plan.status === 'IMPLEMENTATION';
  const name = (row: (typeof rows)[number]) => localized(row.organization.name, row.organization.nameKo);
  const reported = rows.filter((row) => row.daysSinceLastUpdate !== null);
  const data = reported.map((row) => ({ name: name(row), days: row.daysSinceLastUpdate, stale: row.staleCommitments > 0 }));
  const stale = rows.reduce((sum, row) => sum + row.staleCommitments, 0);
  const since = (row: (typeof rows)[number]) => (row.daysSinceLastUpdate === null ? t('dashboard.neverUpdated') : t('planDashboard.freshness.days', { count: row.daysSinceLastUpdate }));
  return (
    <ChartFigure
      title={t('planDashboard.freshness.title')}
      summary={t('planDashboard.freshness.summary', { list: list(rows.map((row) => `${name(row)} ${since(row)}`)), count: stale })}
      height={48 + 64 * data.length}
      legend={[
        { key: 'fresh', label: t('planDashboard.freshness.fresh'), color: 'var(--chart-planned)' },
        ...(implementing ? [{ key: 'stale', label: t('planDashboard.freshness.withStale'), color: 'var(--chart-delayed)' }] : []),
      ]}
      note={<p>{implementing ? t('planDashboard.freshness.note') : t('dashboard.notRunning')}</p>}
      empty={reported.length ? null : t('planDashboard.freshness.empty')}
      chart={
        <BarChart data={data} layout="vertical" {...CHART_PROPS}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={128} tick={{ width: 120 }} interval={0} />
          <Tooltip />
          <Bar {...BAR_PROPS} dataKey="days" name={t('planDashboard.freshness.daysSince')}>
            {data.map((row) => (
              <Cell key={row.name} fill={row.stale ? 'var(--chart-delayed)' : 'var(--chart-planned)'} />
            ))}
          </Bar>
          {implementing && <ReferenceLine x={60} stroke="var(--ink)" strokeDasharray="4 2" label={{ value: t('planDashboard.freshness.staleLine'), position: 'top', fill: 'var(--ink)' }} />}
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.freshness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.lead')}</th>
              <th scope="col">{t('planDashboard.freshness.commitments')}</th>
              <th scope="col">{t('planDashboard.freshness.lastUpdate')}</th>
              <th scope="col">{t('planDashboard.freshness.daysSince')}</th>
              <th scope="col">{t('planDashboard.freshness.stale')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.organization.id}>
                <th scope="row">{name(row)}</th>
                <td className="number">{row.commitments}</td>
                <td className="date">{row.lastUpdateAt ? formatDate(row.lastUpdateAt) : t('dashboard.neverUpdated')}</td>
                <td className="number">{row.daysSinceLastUpdate ?? '—'}</td>
                <td className="number">{row.staleCommitments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function AttendanceChart({ rows, plan }: { rows: PlanDashboard['attendance']; plan: DashboardPlan }) {
  const { t } = useChartWords();
  const formatDate = useFormatDate();
  const sum = (sector: (typeof SECTORS)[number] | 'total') => rows.reduce((total, row) => total + row.bySector[sector], 0);
  const untaken = rows.filter((row) => row.bySector.total === 0).length;
  const data = rows.map((row) => ({ name: formatDate(row.meeting.startsAt), ...row.bySector }));
  const period = { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) };
  const empty = rows.length === 0 ? t('planDashboard.attendance.noMeetings', period) : sum('total') === 0 ? t('planDashboard.attendance.notTaken', { count: rows.length, ...period }) : null;
  return (
    <ChartFigure
      title={t('planDashboard.attendance.title')}
      summary={t('planDashboard.attendance.summary', { count: rows.length, government: sum('government'), civilSociety: sum('civilSociety'), other: sum('other'), secretariat: sum('secretariat'), ...period })}
      height={280}
      legend={SECTORS.map((sector) => ({ key: sector, label: t(SECTOR_KEY[sector]), color: SECTOR_COLOR[sector] }))}
      note={untaken > 0 && <p>{t('planDashboard.attendance.someNotTaken', { count: untaken })}</p>}
      empty={empty}
      chart={
        <BarChart data={data} {...CHART_PROPS}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          {SECTORS.map((sector) => (
            <Bar key={sector} {...BAR_PROPS} dataKey={sector} name={t(SECTOR_KEY[sector])} stackId="sectors" fill={SECTOR_COLOR[sector]} />
          ))}
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.attendance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planDashboard.attendance.meeting')}</th>
              {SECTORS.map((sector) => (
                <th key={sector} scope="col">
                  {t(SECTOR_KEY[sector])}
                </th>
              ))}
              <th scope="col">{t('planDashboard.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.meeting.id}>
                <th scope="row">
                  <Link to={`/meetings/${row.meeting.id}`}>{formatDate(row.meeting.startsAt)}</Link> {row.meeting.title}
                  {row.meeting.sample && <span className="badge badge-sample">{t('meetings.sample')}</span>}
                </th>
                {SECTORS.map((sector) => (
                  <td key={sector} className="number">
                    {row.bySector[sector]}
                  </td>
                ))}
                <td className="number">{row.bySector.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function ProposalsChart({ rows }: { rows: PlanDashboard['proposalsByStatus'] }) {
  const { t, list } = useChartWords();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const data = rows.map((row) => ({ name: t(`proposalStatus.${row.status}`), count: row.count }));
  return (
    <ChartFigure
      title={t('planDashboard.proposals.title')}
      summary={t('planDashboard.proposals.summary', { count: total, list: list(rows.filter((row) => row.count > 0).map((row) => `${t(`proposalStatus.${row.status}`)} ${row.count}`)) })}
      height={48 + 32 * data.length}
      note={<p>{t('planDashboard.proposals.note')}</p>}
      empty={total ? null : t('planDashboard.proposals.empty')}
      chart={
        <BarChart data={data} layout="vertical" {...CHART_PROPS}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={112} tick={{ width: 104 }} interval={0} />
          <Tooltip />
          <Bar {...BAR_PROPS} dataKey="count" name={t('planDashboard.proposals.count')} fill="var(--chart-proposals)" />
        </BarChart>
      }
      table={
        <table>
          <caption>{t('planDashboard.proposals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planDashboard.status')}</th>
              <th scope="col">{t('planDashboard.proposals.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.status}>
                <th scope="row">{t(`proposalStatus.${row.status}`)}</th>
                <td className="number">{row.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('planDashboard.total')}</th>
              <td className="number">{total}</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}
