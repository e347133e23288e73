import type { ComplianceStatus, EvidenceKind, OgpRequirement } from '@ogp-forum/domain';

export const OgpComplianceQuery = `
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
`;

export interface ComplianceRequirementRow {
  code: string;
  requirement: OgpRequirement;
  status: ComplianceStatus;
  nextDueOn: string | null;
  title: string;
  description: string;
  explanation: string;
  evidence: { kind: EvidenceKind; label: string; url: string; date: string | null }[];
}
