import { graphql } from '../../gql';
import type { LevelCountsFragment, PlanDashboardQuery as PlanDashboardData } from '../../gql/graphql';

export type PlanDashboard = PlanDashboardData['planDashboard'];
export type DashboardPlan = PlanDashboardData['actionPlan'];
export type LevelCounts = LevelCountsFragment;
export type TimelineMilestone = PlanDashboard['milestones'][number];

export const LevelCountsFields = graphql(`
  fragment LevelCounts on CompletionCounts {
    notStarted
    limited
    substantial
    completed
    withdrawn
    incorporated
    total
  }
`);

/** Everything the plan's dashboard draws, and the plans to choose from. */
export const PlanDashboardQuery = graphql(`
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
`);
