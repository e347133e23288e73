import { Action, MeetingStatus, MinutesStatus } from '@ogp-forum/domain';
import { KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useFormatDate, useFormatDateTime } from '../../lib/format';
import { CalendarLink } from './CalendarLink';
import { MeetingForm, type MeetingFormValues } from './MeetingForm';
import {
  CreateMeetingMutation,
  CreateMeetingSeriesMutation,
  MeetingComplianceQuery,
  MeetingsQuery,
  PastMeetingsQuery,
  type PastMeetingSummary,
} from './meeting-documents';
import type { MeetingsQuery as MeetingsData, PastMeetingsQuery as PastMeetingsData } from '../../gql/graphql';
import { MeetingStatusBadge, SampleBadge } from './badges';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

type When = 'UPCOMING' | 'PAST';
const TABS: When[] = ['UPCOMING', 'PAST'];

export function MeetingsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  // The tab and the page are in the address (?when=past&after=…), so a reload or a shared link shows the same list.
  const [tab, setTab] = useSearchParam('when', ['after']);
  const when: When = tab === 'past' ? 'PAST' : 'UPCOMING';
  const [after, turnPage] = useSearchParam('after');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  usePageTitle(t('meetings.title'));

  function choose(next: When) {
    setTab(next === 'PAST' ? 'past' : null);
  }

  // Arrow keys move between the tabs, as a tablist should.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    choose(TABS[next]);
    tabs.current[next]?.focus();
  }

  return (
    <>
      <h1>{t('meetings.title')}</h1>
      <p className="lead">{t('meetings.intro')}</p>
      <p>
        <CalendarLink href="/calendar/meetings.ics" filename="ogp-forum-meetings.ics">
          {t('meetings.calendar.all')}
        </CalendarLink>
      </p>
      {auth.can(Action.MANAGE_MEETINGS) && (
        <>
          <Compliance />
          <ScheduleMeeting />
        </>
      )}
      <div role="tablist" aria-label={t('meetings.tabsLabel')} className="tabs">
        {TABS.map((tab, index) => (
          <button
            key={tab}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`meetings-tab-${tab}`}
            aria-selected={when === tab}
            aria-controls="meetings-panel"
            tabIndex={when === tab ? 0 : -1}
            onClick={() => choose(tab)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`meetings.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="meetings-panel" aria-labelledby={`meetings-tab-${when}`}>
        <MeetingList when={when} after={after} onPage={turnPage} />
      </div>
    </>
  );
}

function MeetingList({ when, after, onPage }: { when: When; after: string | null; onPage: (after: string | null) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const past = when === 'PAST';
  const [{ data, fetching, error }, refetch] = useQuery<MeetingsData | PastMeetingsData>({ query: past ? PastMeetingsQuery : MeetingsQuery, variables: past ? { after } : { when, after }, requestPolicy: 'cache-and-network' });

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  if (data.meetings.totalCount === 0) return <p className="state">{t(`meetings.empty.${when}`)}</p>;
  return (
    <>
      <ul className="card-list">
        {data.meetings.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <h2>
              <Link to={`/meetings/${node.id}`}>{node.title}</Link>
            </h2>
            <p className="entry-meta">
              <time dateTime={node.startsAt}>{formatDateTime(node.startsAt)}</time> · {t(`meetings.kinds.${node.kind}`)}
              {node.place && <> · {node.place}</>}
            </p>
            <p className="badges">
              <MeetingStatusBadge status={node.status} />
              {node.sample && <SampleBadge />}
              {'attendance' in node ? <PastFacts meeting={node} /> : <span className="muted">{t('meetings.rsvpCounts', node.rsvpCounts)}</span>}
            </p>
          </li>
        ))}
      </ul>
      <Pager after={after} pageInfo={data.meetings.pageInfo} onChange={onPage} />
    </>
  );
}

/** What a held meeting left: how many came, from which sector, and whether its minutes are public. */
function PastFacts({ meeting }: { meeting: PastMeetingSummary }) {
  const { t } = useTranslation();
  const { bySector } = meeting.attendance;
  if (meeting.status === MeetingStatus.CANCELLED) return null;
  const published = meeting.minutes?.status === MinutesStatus.PUBLISHED;
  return (
    <>
      <span className="muted" data-testid="attendance-summary">
        {bySector.total === 0 ? t('attendance.none') : t('meetings.attendanceSummary', bySector)}
      </span>
      <span className={published ? 'badge badge-completed' : 'badge'}>{published ? t('meetings.minutesPublished') : t('meetings.minutesNotPublished')}</span>
    </>
  );
}

/** OGP's six-month rule, for the chair: red when the forum is overdue to meet. */
function Compliance() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [{ data }] = useQuery({ query: MeetingComplianceQuery, requestPolicy: 'cache-and-network' });
  if (!data) return null;
  const compliance = data.meetingCompliance;
  return (
    <section aria-labelledby="compliance-heading" className={`compliance ${compliance.compliant ? 'compliance-ok' : 'compliance-bad'}`}>
      <h2 id="compliance-heading">{t('meetings.compliance.title')}</h2>
      <p>
        <strong>{compliance.compliant ? t('meetings.compliance.compliant') : t('meetings.compliance.notCompliant')}</strong>{' '}
        {compliance.daysSinceLastHeld === null
          ? t('meetings.compliance.neverHeld')
          : t('meetings.compliance.daysSince', { count: compliance.daysSinceLastHeld })}{' '}
        {compliance.nextDueBy && t('meetings.compliance.dueBy', { date: formatDate(compliance.nextDueBy) })}
      </p>
    </section>
  );
}

function ScheduleMeeting() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [single, createOne] = useMutation(CreateMeetingMutation);
  const [series, createSeries] = useMutation(CreateMeetingSeriesMutation);
  const [lastRepeat, setLastRepeat] = useState(1);

  async function submit({ repeat, ...input }: MeetingFormValues) {
    setLastRepeat(repeat);
    if (repeat > 1) {
      const result = await createSeries({ input, count: repeat }, { additionalTypenames: ['Meeting'] });
      const first = result.data?.createMeetingSeries?.[0];
      if (first) navigate(`/meetings/${first.id}`);
      return Boolean(first);
    }
    const result = await createOne({ input }, { additionalTypenames: ['Meeting'] });
    if (result.data?.createMeeting) navigate(`/meetings/${result.data.createMeeting.id}`);
    return Boolean(result.data);
  }

  return (
    <details className="panel">
      <summary className="summary-heading">{t('meetings.schedule')}</summary>
      <MeetingForm
        mode="schedule"
        submitLabel={t('meetings.scheduleSubmit')}
        busy={single.fetching || series.fetching}
        error={lastRepeat > 1 ? series.error : single.error}
        onSubmit={submit}
      />
    </details>
  );
}
