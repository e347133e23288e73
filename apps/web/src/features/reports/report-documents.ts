import { graphql } from '../../gql';
import type { ReportConsultationQuery as ReportConsultation } from '../../gql/graphql';

export const ReportPlanQuery = graphql(`
  query ReportPlan($id: ID!) {
    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }
  }
`);

export const ReportNarrativesQuery = graphql(`
  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {
    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }
  }
`);

export const SaveReportNarrativeMutation = graphql(`
  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {
    saveReportNarrative(input: $input) { id key locale text version }
  }
`);

export const ReportConsultationQuery = graphql(`
  query ReportConsultation($planId: ID!, $kind: ReportKind!) {
    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }
  }
`);

export const OpenReportConsultationMutation = graphql(`
  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {
    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }
  }
`);

export type Consultation = NonNullable<ReportConsultation['reportConsultation']>;
