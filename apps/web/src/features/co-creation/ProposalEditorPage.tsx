import { OgpValue, OrganizationKind, ProposalStatus } from '@ogp-forum/domain';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, NotFound, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useLocalized } from '../../lib/format';
import { OrganizationsQuery, type OrganizationRow } from '../admin/admin-documents';
import {
  CreateProposalMutation,
  ProposalQuery,
  SubmitProposalMutation,
  UpdateProposalMutation,
  type ProposalDetail,
  type ProposalText,
} from './co-creation-documents';
import { SpecificityPanel, SpecificitySummary } from './SpecificityPanel';
import { usePageTitle } from '../../lib/page-title';

/** How long a status region must exist before a screen reader announces a change in it. */
const LIVE_REGION_SETTLE_MS = 250;

const EMPTY: ProposalText = { title: '', problem: '', proposedAction: '', expectedResults: '', milestones: [], suggestedLeadAgency: null, ogpValues: [] };

export function NewProposalPage() {
  const { planId } = useParams();
  return planId ? <ProposalEditor planId={planId} initial={EMPTY} /> : <NotFound />;
}

export function EditProposalPage() {
  const { proposalId = '' } = useParams();
  const auth = useAuth();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProposalQuery,
    variables: { id: proposalId },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const proposal = data.proposal;
  // Only the author rewrites a draft; everyone else reads the proposal page.
  if (proposal.status !== ProposalStatus.DRAFT || proposal.proposer?.id !== auth.user?.id) return <NotFound />;
  const { title, problem, proposedAction, expectedResults, milestones, suggestedLeadAgency, ogpValues } = proposal;
  return (
    <ProposalEditor
      proposalId={proposal.id}
      initial={{ title, problem, proposedAction, expectedResults, milestones: milestones.map(({ title: t, dueDate }) => ({ title: t, dueDate })), suggestedLeadAgency, ogpValues }}
    />
  );
}

interface Row {
  key: number;
  title: string;
  dueDate: string;
}

/** Writing a proposal, with the specificity check answering on every keystroke. */
function ProposalEditor({ planId, proposalId, initial }: { planId?: string; proposalId?: string; initial: ProposalText }) {
  const { t } = useTranslation();
  const auth = useAuth();
  usePageTitle(proposalId ? t('editor.editTitle') : t('editor.newTitle'));
  const navigate = useNavigate();
  const location = useLocation();
  const localized = useLocalized();
  const formId = useId();
  const nextKey = useRef(initial.milestones.length);
  const [id, setId] = useState(proposalId);
  const [text, setText] = useState(initial);
  const [rows, setRows] = useState<Row[]>(initial.milestones.map((m, key) => ({ key, title: m.title, dueDate: m.dueDate ?? '' })));
  const [saved, setSaved] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const [dirty, setDirty] = useState(false);
  const [create, createProposal] = useMutation(CreateProposalMutation);
  const [update, updateProposal] = useMutation(UpdateProposalMutation);
  const [submitting, submitProposal] = useMutation(SubmitProposalMutation);
  const [{ data: organizations }] = useQuery({ query: OrganizationsQuery });

  // The save that created this draft moved it to its own address, a page of its own: focus returns to the button the
  // author pressed, and "Draft saved" goes into the status region once that exists, so that it is announced.
  useEffect(() => {
    if (!(location.state as { saved?: boolean } | null)?.saved) return;
    saveButton.current?.focus();
    // Said once: not again on a reload or on coming back to this page.
    navigate(location.pathname, { replace: true, state: null });
    const timer = window.setTimeout(() => setSaved(true), LIVE_REGION_SETTLE_MS);
    return () => window.clearTimeout(timer);
    // Only on arrival: later saves on this page set the status themselves.
  }, []);

  const milestones = rows.map((row) => ({ title: row.title, dueDate: row.dueDate || null }));
  const input = { ...text, title: text.title.trim(), suggestedLeadAgency: text.suggestedLeadAgency?.trim() || null, milestones: milestones.filter((m) => m.title.trim() || m.dueDate) };
  const specificityInput = { ...input, milestones };

  function change(patch: Partial<ProposalText>) {
    setText({ ...text, ...patch });
    setDirty(true);
    setSaved(false);
  }
  function changeRows(next: Row[]) {
    setRows(next);
    setDirty(true);
    setSaved(false);
  }

  /** Creates or rewrites the draft; its id, or null when the api refused. */
  async function save(thenEdit = true): Promise<string | null> {
    if (id) {
      const result = await updateProposal({ id, input });
      if (result.error) return null;
    } else {
      const result = await createProposal({ input: { ...input, planId: planId ?? '' } });
      if (!result.data) return null;
      const created: string = result.data.createProposal.id;
      setId(created);
      // The new draft gets its own address, so that a reload keeps editing it.
      if (thenEdit) navigate(`/proposals/${created}/edit`, { replace: true, state: { saved: true } });
      setDirty(false);
      return created;
    }
    setDirty(false);
    return id;
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if ((await save()) !== null) setSaved(true);
  }

  async function onSubmit() {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (form && !form.reportValidity()) return;
    if (!window.confirm(t('editor.submitConfirm'))) return;
    const saving = !id || dirty ? await save(false) : id;
    if (!saving) return;
    const result = await submitProposal({ id: saving });
    if (!result.error) navigate(`/proposals/${saving}`);
  }

  const busy = create.fetching || update.fetching || submitting.fetching;
  const government = (organizations?.organizations ?? []).filter((o) => o.kind === OrganizationKind.GOVERNMENT);

  return (
    <>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        {id ? <Link to={`/proposals/${id}`}>{t('editor.viewProposal')}</Link> : planId && <Link to={`/plans/${planId}/co-creation`}>{t('coCreation.board')}</Link>}
      </nav>
      <h1>{id ? t('editor.editTitle') : t('editor.newTitle')}</h1>
      {/* A citizen belongs to no organisation: the draft is theirs alone until it is submitted. */}
      <p className="lead">{t(auth.user?.organization ? 'editor.intro' : 'editor.introPersonal')}</p>
      <div className="editor-layout">
        <form id={formId} className="form proposal-form" onSubmit={onSave}>
          <SpecificitySummary input={specificityInput} panelId="specificity-check" />
          <label>
            {t('proposal.fields.title')}
            <input required minLength={5} maxLength={200} value={text.title} onChange={(e) => change({ title: e.target.value })} />
          </label>
          <label>
            {t('proposal.fields.problem')}
            <textarea rows={4} value={text.problem} onChange={(e) => change({ problem: e.target.value })} aria-describedby={`${formId}-md`} />
          </label>
          <label>
            {t('proposal.fields.proposedAction')}
            <textarea rows={4} value={text.proposedAction} onChange={(e) => change({ proposedAction: e.target.value })} aria-describedby={`${formId}-md`} />
          </label>
          <label>
            {t('proposal.fields.expectedResults')}
            <textarea rows={3} value={text.expectedResults} onChange={(e) => change({ expectedResults: e.target.value })} aria-describedby={`${formId}-md`} />
          </label>
          <p id={`${formId}-md`} className="hint">
            {t('editor.markdownHint')}
          </p>
          <fieldset>
            <legend>{t('proposal.fields.milestones')}</legend>
            {rows.length === 0 && <p className="muted">{t('editor.noMilestones')}</p>}
            <ol className="milestone-rows">
              {rows.map((row, index) => (
                <li key={row.key} className="milestone-row">
                  <label>
                    {t('editor.milestoneTitle', { n: index + 1 })}
                    <input
                      maxLength={300}
                      value={row.title}
                      onChange={(e) => changeRows(rows.map((r) => (r.key === row.key ? { ...r, title: e.target.value } : r)))}
                    />
                  </label>
                  <label>
                    {t('editor.milestoneDue', { n: index + 1 })}
                    <input type="date" value={row.dueDate} onChange={(e) => changeRows(rows.map((r) => (r.key === row.key ? { ...r, dueDate: e.target.value } : r)))} />
                  </label>
                  <button type="button" className="secondary" onClick={() => changeRows(rows.filter((r) => r.key !== row.key))}>
                    {t('editor.removeMilestone', { n: index + 1 })}
                  </button>
                </li>
              ))}
            </ol>
            {rows.length < 20 && (
              <button type="button" className="secondary" onClick={() => changeRows([...rows, { key: nextKey.current++, title: '', dueDate: '' }])}>
                {t('editor.addMilestone')}
              </button>
            )}
          </fieldset>
          <label>
            {t('proposal.fields.suggestedLeadAgency')}
            <input
              maxLength={200}
              list={`${formId}-agencies`}
              value={text.suggestedLeadAgency ?? ''}
              onChange={(e) => change({ suggestedLeadAgency: e.target.value })}
            />
            <datalist id={`${formId}-agencies`}>
              {government.map((o) => (
                <option key={o.id} value={localized(o.name, o.nameKo)} />
              ))}
            </datalist>
          </label>
          <fieldset>
            <legend>{t('proposal.fields.ogpValues')}</legend>
            {Object.values(OgpValue).map((value) => (
              <label key={value} className="checkbox">
                <input
                  type="checkbox"
                  checked={text.ogpValues.includes(value)}
                  onChange={(e) => change({ ogpValues: e.target.checked ? [...text.ogpValues, value] : text.ogpValues.filter((v) => v !== value) })}
                />
                {t(`ogpValue.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="button-row">
            <button type="submit" ref={saveButton} disabled={busy}>
              {t('editor.saveDraft')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void onSubmit()}>
              {t('editor.submit')}
            </button>
            <span role="status" className="muted">
              {saved ? t('editor.saved') : dirty && id ? t('editor.unsaved') : ''}
            </span>
          </div>
          <p className="hint">{t('editor.submitHint')}</p>
          <FormError error={create.error ?? update.error ?? submitting.error} />
        </form>
        <SpecificityPanel id="specificity-check" input={specificityInput} live />
      </div>
    </>
  );
}
