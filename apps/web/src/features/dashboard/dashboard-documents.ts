import type { ActionPlanStatus, Completion, ProposalStatus } from '@ogp-forum/domain';
import { gql } from 'urql';

export type LevelCounts = Record<'notStarted' | 'limited' | 'substantial' | 'completed' | 'withdrawn' | 'incorporated' | 'total', number>;
export type SectorCounts = Record<'government' | 'civilSociety' | 'other' | 'secretariat' | 'total', number>;

export interface TimelineMilestone {
  id: string;
  commitmentId: string;
  commitmentCode: string;
  position: number;
  title: string;
  titleKo: string | null;
  start: string;
  end: string;
  completion: Completion;
  delayed: boolean;
  daysDelayed: number;
}

export interface PlanDashboard {
  asOf: string;
  completionByTheme: { theme: { id: string; position: number; title: string; titleKo: string | null }; counts: LevelCounts }[];
  completionHistory: { updateCount: number; points: { date: string; counts: LevelCounts }[] };
  milestones: TimelineMilestone[];
  freshness: {
    organization: { id: string; name: string; nameKo: string | null };
    commitments: number;
    lastUpdateAt: string | null;
    daysSinceLastUpdate: number | null;
    staleCommitments: number;
  }[];
  attendance: { meeting: { id: string; title: string; startsAt: string; sample: boolean }; bySector: SectorCounts }[];
  proposalsByStatus: { status: ProposalStatus; count: number }[];
}

export interface DashboardPlan {
  id: string;
  number: number;
  title: string;
  titleKo: string | null;
  status: ActionPlanStatus;
  periodStart: string;
  periodEnd: string;
}

export interface PlanDashboardData {
  actionPlan: DashboardPlan;
  actionPlans: Pick<DashboardPlan, 'id' | 'number' | 'title' | 'titleKo' | 'status'>[];
  planDashboard: PlanDashboard;
}

/** Everything the plan's dashboard draws, and the plans to choose from. */
export const PlanDashboardQuery = gql`
  fragment LevelCounts on CompletionCounts {
    notStarted
    limited
    substantial
    completed
    withdrawn
    incorporated
    total
  }

  query PlanDashboard($planId: ID!) {
    actionPlan(id: $planId) {
      id
      number
      title
      titleKo
      status
      periodStart
      periodEnd
    }
    actionPlans {
      id
      number
      title
      titleKo
      status
    }
    planDashboard(planId: $planId) {
      asOf
      completionByTheme {
        theme {
          id
          position
          title
          titleKo
        }
        counts {
          ...LevelCounts
        }
      }
      completionHistory {
        updateCount
        points {
          date
          counts {
            ...LevelCounts
          }
        }
      }
      milestones {
        id
        commitmentId
        commitmentCode
        position
        title
        titleKo
        start
        end
        completion
        delayed
        daysDelayed
      }
      freshness {
        organization {
          id
          name
          nameKo
        }
        commitments
        lastUpdateAt
        daysSinceLastUpdate
        staleCommitments
      }
      attendance {
        meeting {
          id
          title
          startsAt
          sample
        }
        bySector {
          government
          civilSociety
          other
          secretariat
          total
        }
      }
      proposalsByStatus {
        status
        count
      }
    }
  }
`;
