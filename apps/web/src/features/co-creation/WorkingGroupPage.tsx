import { Action, SubjectType } from '@ogp-forum/domain';
import { FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { firstUsable, useFocusWhenChanged } from '../../lib/focus';
import { useLocalized } from '../../lib/format';
import { Thread } from '../discussion/Thread';
import { MemberChoicesQuery } from '../meetings/meeting-documents';
import { SetWorkingGroupMemberMutation, WorkingGroupQuery, type WorkingGroupDetail } from './co-creation-documents';
import { usePageTitle } from '../../lib/page-title';

/** Where parked proposals go on: what the group works on, who is in it, and its members-only thread. */
export function WorkingGroupPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkingGroupQuery, variables: { id: groupId } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePageTitle(data?.workingGroup.name);
  const id = useId();
  const removeButtonId = (memberId: string) => `${id}-remove-${memberId}`;
  const memberIds = data?.workingGroup.members?.map((member) => member.id) ?? [];
  // A removed member's button goes with them: focus moves to the next one in the list, or to the heading.
  const focusWhenMembersChanged = useFocusWhenChanged(memberIds.join(' '));

  function removed(memberId: string) {
    const index = memberIds.indexOf(memberId);
    const neighbours = [memberIds[index + 1], memberIds[index - 1]].filter(Boolean).map(removeButtonId);
    focusWhenMembersChanged(memberIds.join(' '), () =>
      firstUsable(...neighbours.map((buttonId) => document.getElementById(buttonId)), document.getElementById('members-heading')),
    );
    reload();
  }

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={reload} />;
  if (!data) return null;
  const group = data.workingGroup;

  return (
    <article>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${group.planId}/co-creation`}>{t('coCreation.board')}</Link>
      </nav>
      <h1>{group.name}</h1>
      <p className="eyebrow">{t('workingGroup.eyebrow')}</p>
      {group.description ? <Markdown>{group.description}</Markdown> : null}

      <section aria-labelledby="parked-heading">
        <h2 id="parked-heading">{t('workingGroup.proposals')}</h2>
        {group.proposals.length === 0 ? (
          <p className="state">{t('workingGroup.noProposals')}</p>
        ) : (
          <ul className="card-list">
            {group.proposals.map((proposal) => (
              <li key={proposal.id} className="card">
                <h3>
                  <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
                </h3>
                {proposal.organization && <p className="entry-meta">{localized(proposal.organization.name, proposal.organization.nameKo)}</p>}
                {proposal.rationale && (
                  <>
                    <p className="muted">{t('proposal.outcome.rationale')}</p>
                    <Markdown>{proposal.rationale}</Markdown>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {group.members && (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" tabIndex={-1}>{t('workingGroup.members')}</h2>
          {group.members.length === 0 ? (
            <p className="muted">{t('workingGroup.noMembers')}</p>
          ) : (
            <ul>
              {group.members.map((member) => (
                <li key={member.id}>
                  {member.displayName}
                  {auth.can(Action.MANAGE_PLANS) && <RemoveMember buttonId={removeButtonId(member.id)} groupId={group.id} member={member} onRemoved={() => removed(member.id)} />}
                </li>
              ))}
            </ul>
          )}
          {auth.can(Action.MANAGE_PLANS) && <AddMember group={group} onChanged={reload} />}
        </section>
      )}

      {auth.can(Action.READ_MEMBER_CONTENT) ? (
        <Thread subject={{ subjectType: SubjectType.WORKING_GROUP, subjectId: group.id }} title={t('workingGroup.thread')} />
      ) : (
        <p className="muted">{t('workingGroup.threadMembersOnly')}</p>
      )}
    </article>
  );
}

function RemoveMember({
  buttonId,
  groupId,
  member,
  onRemoved,
}: {
  buttonId: string;
  groupId: string;
  member: { id: string; displayName: string };
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, setMember] = useMutation(SetWorkingGroupMemberMutation);
  return (
    <>
      {' '}
      <button
        type="button"
        id={buttonId}
        className="link-button"
        disabled={fetching}
        onClick={() => void setMember({ groupId, userId: member.id, member: false }).then((r) => !r.error && onRemoved())}
      >
        {t('workingGroup.remove', { name: member.displayName })}
      </button>
    </>
  );
}

function AddMember({ group, onChanged }: { group: WorkingGroupDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [{ data }] = useQuery({ query: MemberChoicesQuery });
  const [{ fetching, error }, setMember] = useMutation(SetWorkingGroupMemberMutation);
  const inGroup = new Set((group.members ?? []).map((m) => m.id));
  const candidates = (data?.members.edges ?? []).map((edge) => edge.node).filter((m) => !inGroup.has(m.id) && m.role !== 'CITIZEN' && m.status === 'ACTIVE');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    const result = await setMember({ groupId: group.id, userId, member: true });
    if (result.error) return;
    setUserId('');
    onChanged();
  }

  return (
    <form className="form inline-action" onSubmit={submit}>
      <label>
        {t('workingGroup.addMember')}
        <select value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">—</option>
          {candidates.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={fetching || !userId}>
        {t('workingGroup.add')}
      </button>
      <FormError error={error} />
    </form>
  );
}
