import { gql } from 'urql';

export const ReportPlanQuery = gql`
  query ReportPlan($id: ID!) {
    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }
  }
`;

export const ReportNarrativesQuery = gql`
  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {
    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }
  }
`;

export const SaveReportNarrativeMutation = gql`
  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {
    saveReportNarrative(input: $input) { id key locale text version }
  }
`;

export const ReportConsultationQuery = gql`
  query ReportConsultation($planId: ID!, $kind: ReportKind!) {
    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }
  }
`;

export const OpenReportConsultationMutation = gql`
  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {
    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }
  }
`;

export interface ReportPlan {
  id: string;
  number: number;
  title: string;
  titleKo: string | null;
  status: string;
  periodStart: string;
  periodEnd: string;
}

export interface Narrative {
  id: string;
  key: string;
  locale: string;
  text: string;
  version: number;
}

export interface Consultation {
  id: string;
  kind: string;
  opensOn: string;
  closesOn: string;
  open: boolean;
  commentCount: number;
}
