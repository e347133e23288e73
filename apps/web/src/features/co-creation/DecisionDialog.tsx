import { DECISIONS, MIN_RATIONALE_LENGTH, ProposalStatus, Sector, sectorOf, OrganizationKind, type ProposalDecision } from '@ogp-forum/domain';
import { FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { useLocalized } from '../../lib/format';
import { AddLeadAgencyMutation, CreateWorkingGroupMutation, DecideProposalMutation, MergeTargetsQuery, type ProposalDetail } from './co-creation-documents';
import type { MergeTargetsQuery as MergeTargets } from '../../gql/graphql';

/** A proposal can be merged into one that goes on. */
const MERGEABLE: ProposalStatus[] = [ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.SELECTED, ProposalStatus.PARKED];

/**
 * The secretariat's decision, always with the rationale that is published as the reasoned response. `onDecided` must
 * put focus somewhere lasting (the outcome heading): this dialog and its opener go once the proposal is decided.
 */
export function DecisionDialog({ proposal, planId, onDecided }: { proposal: ProposalDetail; planId: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [outcome, setOutcome] = useState<ProposalDecision>(ProposalStatus.SELECTED);
  const [rationale, setRationale] = useState('');
  const [mergedIntoId, setMergedIntoId] = useState('');
  const [workingGroupId, setWorkingGroupId] = useState('');
  const [leadOrganizationId, setLeadOrganizationId] = useState('');
  const [coLeadOrganizationId, setCoLeadOrganizationId] = useState('');
  const [newGroup, setNewGroup] = useState('');
  // Groups created here, listed at once (the select then shows the one chosen) and not only after the refetch.
  const [createdGroups, setCreatedGroups] = useState<{ id: string; name: string }[]>([]);
  const [{ data }] = useQuery({ query: MergeTargetsQuery, variables: { planId } });
  const [decision, decide] = useMutation(DecideProposalMutation);
  const [group, createGroup] = useMutation(CreateWorkingGroupMutation);
  const [agency, addAgency] = useMutation(AddLeadAgencyMutation);
  const [addedAgencies, setAddedAgencies] = useState<MergeTargets['organizations']>([]);

  const mergeTargets = (data?.proposals ?? []).filter((p) => p.id !== proposal.id && MERGEABLE.includes(p.status));
  const workingGroups = [...(data?.workingGroups ?? []), ...createdGroups.filter((g) => !data?.workingGroups.some((known) => known.id === g.id))];
  const organizations = [...(data?.organizations ?? []), ...addedAgencies.filter((added) => !data?.organizations.some((known) => known.id === added.id))];
  const government = organizations.filter((o) => sectorOf(o.kind) === Sector.GOVERNMENT);
  // The agency the proposal suggests: chosen at once if the forum knows it, otherwise offered to be added.
  const suggested = proposal.suggestedLeadAgency?.trim() ?? '';
  const suggestedKnown = suggested ? government.find((o) => [o.name, o.nameKo].some((name) => name?.trim().toLowerCase() === suggested.toLowerCase())) : undefined;
  const leadChoice = leadOrganizationId || suggestedKnown?.id || '';

  async function addSuggestedAgency() {
    const result = await addAgency({ input: { name: suggested, kind: OrganizationKind.GOVERNMENT } });
    if (!result.data) return;
    const created = result.data.createOrganization;
    setAddedAgencies([...addedAgencies, created]);
    setLeadOrganizationId(created.id);
  }
  const civilSociety = (data?.organizations ?? []).filter((o) => sectorOf(o.kind) === Sector.CIVIL_SOCIETY);

  async function addGroup() {
    if (newGroup.trim().length < 3) return;
    const result = await createGroup({ input: { planId, name: newGroup.trim(), description: '' } });
    if (!result.data) return;
    const created: { id: string; name: string } = result.data.createWorkingGroup;
    setCreatedGroups([...createdGroups, created]);
    setWorkingGroupId(created.id);
    setNewGroup('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await decide({
      input: {
        proposalId: proposal.id,
        outcome,
        rationale: rationale.trim(),
        mergedIntoId: outcome === ProposalStatus.MERGED ? mergedIntoId || null : null,
        workingGroupId: outcome === ProposalStatus.PARKED ? workingGroupId || null : null,
        leadOrganizationId: outcome === ProposalStatus.SELECTED ? leadChoice || null : null,
        coLeadOrganizationId: outcome === ProposalStatus.SELECTED ? coLeadOrganizationId || null : null,
      },
    });
    if (result.error) return;
    // Closing hands focus back to the opener, which the decided proposal no longer shows: onDecided moves it on.
    dialog.current?.close();
    onDecided();
  }

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('decision.open')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="decision-dialog">
        <form className="form" onSubmit={submit}>
          <h2 id={`${id}-title`}>{t('decision.title', { title: proposal.title })}</h2>
          <fieldset>
            <legend>{t('decision.outcome')}</legend>
            {DECISIONS.map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name={`${id}-outcome`} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
                {t(`proposalStatus.${value}`)} <span className="muted">— {t(`decision.explain.${value}`)}</span>
              </label>
            ))}
          </fieldset>

          {outcome === ProposalStatus.SELECTED && (
            <>
              <label>
                {t('decision.leadAgency')}
                <select required value={leadChoice} onChange={(e) => setLeadOrganizationId(e.target.value)} aria-describedby={suggested ? `${id}-suggested` : undefined}>
                  <option value="">—</option>
                  {government.map((o) => (
                    <option key={o.id} value={o.id}>
                      {localized(o.name, o.nameKo)}
                    </option>
                  ))}
                </select>
              </label>
              {suggested && (
                <p id={`${id}-suggested`} className="hint">
                  {t('decision.suggestedAgency', { name: suggested })}{' '}
                  {!suggestedKnown && (
                    <button type="button" className="secondary" disabled={agency.fetching} onClick={() => void addSuggestedAgency()}>
                      {t('decision.addAgency', { name: suggested })}
                    </button>
                  )}
                </p>
              )}
              <FormError error={agency.error} />
            </>
          )}
          {outcome === ProposalStatus.SELECTED && (
            <label>
              {t('decision.coLead')}
              <select value={coLeadOrganizationId} onChange={(e) => setCoLeadOrganizationId(e.target.value)} aria-describedby={`${id}-co-lead-hint`}>
                <option value="">—</option>
                {civilSociety.map((o) => (
                  <option key={o.id} value={o.id}>
                    {localized(o.name, o.nameKo)}
                  </option>
                ))}
              </select>
              <span id={`${id}-co-lead-hint`} className="hint">
                {t('decision.coLeadHint')}
              </span>
            </label>
          )}
          {outcome === ProposalStatus.MERGED && (
            <label>
              {t('decision.mergedInto')}
              <select required value={mergedIntoId} onChange={(e) => setMergedIntoId(e.target.value)}>
                <option value="">—</option>
                {mergeTargets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} ({t(`proposalStatus.${p.status}`)})
                  </option>
                ))}
              </select>
            </label>
          )}
          {outcome === ProposalStatus.PARKED && (
            <>
              <label>
                {t('decision.workingGroup')}
                <select required value={workingGroupId} onChange={(e) => setWorkingGroupId(e.target.value)}>
                  <option value="">—</option>
                  {workingGroups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </label>
              <div className="inline-action">
                <label>
                  {t('decision.newWorkingGroup')}
                  <input value={newGroup} minLength={3} maxLength={200} onChange={(e) => setNewGroup(e.target.value)} />
                </label>
                <button type="button" className="secondary" disabled={group.fetching || newGroup.trim().length < 3} onClick={() => void addGroup()}>
                  {t('decision.createWorkingGroup')}
                </button>
              </div>
              <FormError error={group.error} />
            </>
          )}

          <label>
            {t('decision.rationale')}
            <textarea
              required
              rows={5}
              minLength={MIN_RATIONALE_LENGTH}
              maxLength={10_000}
              value={rationale}
              aria-describedby={`${id}-counter`}
              onChange={(e) => setRationale(e.target.value)}
            />
          </label>
          <p id={`${id}-counter`} className={rationale.trim().length < MIN_RATIONALE_LENGTH ? 'hint hint-error' : 'hint'}>
            {t('decision.counter', { count: rationale.trim().length, min: MIN_RATIONALE_LENGTH })}
          </p>
          <FormError error={decision.error} />
          <div className="button-row">
            <button type="submit" disabled={decision.fetching}>
              {t('decision.submit')}
            </button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t('decision.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
