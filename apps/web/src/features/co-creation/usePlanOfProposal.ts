import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ProposalPlansQuery, proposalIdsOfPlansQuery } from './co-creation-documents';

export interface PlanRef {
  id: string;
  number: number;
  title: string;
  titleKo: string | null;
  status: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The plan a proposal belongs to. The api does not expose Proposal.planId yet, so this asks which plan lists it
 * (two small queries); replace it with the field once the api has it.
 */
export function usePlanOfProposal(proposalId: string | undefined): PlanRef | null {
  const client = useClient();
  const [plan, setPlan] = useState<PlanRef | null>(null);
  useEffect(() => {
    if (!proposalId) return;
    let current = true;
    void (async () => {
      const plans = (await client.query<{ actionPlans: PlanRef[] }>(ProposalPlansQuery, {}).toPromise()).data?.actionPlans ?? [];
      const ids = plans.map((p) => p.id).filter((id) => UUID.test(id));
      if (!ids.length) return;
      const lists = (await client.query<Record<string, { id: string }[]>>(proposalIdsOfPlansQuery(ids), {}, { requestPolicy: 'network-only' }).toPromise()).data;
      const index = ids.findIndex((_, i) => lists?.[`p${i}`]?.some((p) => p.id === proposalId));
      if (current && index >= 0) setPlan(plans.find((p) => p.id === ids[index]) ?? null);
    })();
    return () => {
      current = false;
    };
  }, [client, proposalId]);
  return plan;
}
