import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComplianceReason, ComplianceStatus, EvidenceKind, OgpRequirement, type ComplianceRow } from '@ogp-forum/domain';

registerEnumType(OgpRequirement, { name: 'OgpRequirement' });
registerEnumType(ComplianceStatus, { name: 'ComplianceStatus' });
registerEnumType(ComplianceReason, { name: 'ComplianceReason' });
registerEnumType(EvidenceKind, { name: 'ComplianceEvidenceKind' });

@ObjectType({ description: 'A link to what a requirement\'s status is based on.' })
export class ComplianceEvidence {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field({ description: 'The meeting\'s or proposal\'s title, the commitment\'s code; for pages, the kind of page.' })
  label!: string;

  @Field({ description: 'A path of the web app (or a download), relative to the forum\'s address.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Its day (YYYY-MM-DD) in the forum\'s time zone.' })
  date!: string | null;
}

@ObjectType({ description: 'One of OGP\'s minimum requirements, judged for a plan.' })
export class OgpRequirementCompliance {
  @Field(() => OgpRequirement)
  requirement!: OgpRequirement;

  @Field({ description: 'The standard\'s number: 1.1, 2.1, 2.2, 3.1, 4.1 or 5.1.' })
  code!: string;

  @Field(() => ComplianceStatus)
  status!: ComplianceStatus;

  @Field(() => ComplianceReason)
  reason!: ComplianceReason;

  facts!: ComplianceRow['facts'];

  @Field(() => [ComplianceEvidence])
  evidence!: ComplianceEvidence[];

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) by which the next action is due; null when nothing is due.' })
  nextDueOn!: string | null;
}

@ObjectType({ description: 'OGP\'s minimum requirements for a plan: an open plan as of today, a closed one as of the end of its term.' })
export class OgpCompliance {
  @Field()
  planId!: string;

  @Field({ description: 'The day (YYYY-MM-DD, forum\'s time zone) the plan is judged at.' })
  asOf!: string;

  @Field(() => [OgpRequirementCompliance])
  requirements!: OgpRequirementCompliance[];
}
