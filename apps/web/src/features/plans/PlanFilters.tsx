import { Completion } from '@ogp-forum/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLocalized } from '../../lib/format';

/** The commitments that pass the filters; the api's page limit is above any plan's count of commitments. */
const FilteredCommitmentsQuery = graphql(`
  query FilteredCommitments($planId: ID!, $filter: CommitmentFilter) {
    commitments(planId: $planId, filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const FILTERS = ['theme', 'lead', 'completion'] as const;
const COMPLETIONS = [Completion.NOT_STARTED, Completion.LIMITED, Completion.SUBSTANTIAL, Completion.COMPLETED, Completion.WITHDRAWN];

export interface FilterOption {
  id: string;
  label: string;
}

/**
 * The plan page's filters, kept in the address (`?theme=…&lead=…&completion=…`) so that a filtered view can be
 * bookmarked, shared and reloaded. A value the plan does not have (an old bookmark) counts as no filter.
 */
export function usePlanFilters(planId: string | undefined, themes: FilterOption[], leads: FilterOption[]) {
  const [params, setParams] = useSearchParams();
  const known = (value: string | null, options: string[]) => (value && options.includes(value) ? value : '');
  const values = {
    theme: known(params.get('theme'), themes.map((theme) => theme.id)),
    lead: known(params.get('lead'), leads.map((lead) => lead.id)),
    completion: known(params.get('completion'), COMPLETIONS),
  };
  const active = FILTERS.some((name) => values[name]);
  // known() has kept only one of COMPLETIONS.
  const filter = { themeId: values.theme || undefined, leadOrganizationId: values.lead || undefined, completion: (values.completion || undefined) as Completion | undefined };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FilteredCommitmentsQuery,
    variables: { planId: planId ?? '', filter },
    pause: !active || !planId,
  });
  const matching = active && data ? new Set(data.commitments.edges.map((edge) => edge.node.id)) : null;

  function set(name: (typeof FILTERS)[number], value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }
  function clear() {
    const next = new URLSearchParams(params);
    for (const name of FILTERS) next.delete(name);
    setParams(next, { replace: true });
  }
  return { values, active, matching, fetching: active && fetching, error: active ? error : undefined, retry: () => refetch({ requestPolicy: 'network-only' }), set, clear };
}

export type PlanFiltersState = ReturnType<typeof usePlanFilters>;

/** Theme, lead organisation and completion, each "all" by default. */
export function PlanFilters({ filters, themes, leads }: { filters: PlanFiltersState; themes: FilterOption[]; leads: FilterOption[] }) {
  const { t } = useTranslation();
  const id = useId();
  const select = (name: (typeof FILTERS)[number], label: string, options: FilterOption[]) => (
    <div className="plan-filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={filters.values[name]} onChange={(event) => filters.set(name, event.target.value)}>
        <option value="">{t('plan.filters.all')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="plan-filters" role="search" aria-label={t('plan.filters.label')} onSubmit={(event) => event.preventDefault()}>
      {select('theme', t('plan.theme'), themes)}
      {select('lead', t('plan.lead'), leads)}
      {select('completion', t('plan.completion'), COMPLETIONS.map((value) => ({ id: value, label: t(`completion.${value}`) })))}
      {filters.active && (
        <button type="button" className="link-button" onClick={filters.clear}>
          {t('plan.filters.clear')}
        </button>
      )}
    </form>
  );
}

/** The options of the filters from the plan the page shows: its themes and the organisations leading its commitments. */
export function useFilterOptions(plan: { themes: { id: string; position: number; title: string; titleKo: string | null; commitments: { leadOrganization: { id: string; name: string; nameKo: string | null } }[] }[] } | undefined) {
  const localized = useLocalized();
  if (!plan) return { themes: [], leads: [] };
  const themes = plan.themes.map((theme) => ({ id: theme.id, label: `${theme.position}. ${localized(theme.title, theme.titleKo)}` }));
  const leads = new Map<string, FilterOption>();
  for (const commitment of plan.themes.flatMap((theme) => theme.commitments)) {
    const lead = commitment.leadOrganization;
    leads.set(lead.id, { id: lead.id, label: localized(lead.name, lead.nameKo) });
  }
  return { themes, leads: [...leads.values()].sort((a, b) => a.label.localeCompare(b.label)) };
}
