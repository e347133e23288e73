import { graphql } from '../../gql';

export const OgpComplianceQuery = graphql(`
  query OgpCompliance($planId: ID!, $lang: Locale!) {
    actionPlan(id: $planId) { id number title titleKo status }
    ogpCompliance(planId: $planId) {
      asOf
      requirements {
        code requirement status nextDueOn
        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)
        evidence { kind label url date }
      }
    }
  }
`);
