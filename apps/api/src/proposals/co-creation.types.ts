import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Sector, SignOffSide, SpecificityRule } from '@ogp-forum/domain';

registerEnumType(SpecificityRule, { name: 'SpecificityRule' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(SignOffSide, { name: 'SignOffSide' });

export enum DiffChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  SAME = 'SAME',
}
registerEnumType(DiffChange, { name: 'DiffChange' });

@ObjectType('ProposalMilestone')
export class ProposalMilestoneType {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  dueDate!: string | null;
}

@ObjectType()
export class SpecificityRuleResult {
  @Field(() => SpecificityRule)
  rule!: SpecificityRule;

  @Field()
  met!: boolean;

  @Field({ description: 'What the rule asks, in the requested language.' })
  requirement!: string;

  @Field({ description: 'How to fix a proposal that misses it, in the requested language.' })
  howToFix!: string;
}

@ObjectType({ description: 'The IRM-style specificity check: computed, never stored.' })
export class SpecificityReport {
  @Field(() => Int, { description: 'Share of the rules met, 0–100.' })
  score!: number;

  @Field(() => [SpecificityRuleResult])
  rules!: SpecificityRuleResult[];
}

@ObjectType()
export class ScoreAverages {
  @Field(() => Int)
  evaluators!: number;

  @Field(() => Float, { nullable: true })
  feasibility!: number | null;

  @Field(() => Float, { nullable: true })
  specificity!: number | null;

  @Field(() => Float, { nullable: true })
  urgency!: number | null;

  @Field(() => Float, { nullable: true })
  relevance!: number | null;
}

@ObjectType()
export class SectorScores extends ScoreAverages {
  @Field(() => Sector)
  sector!: Sector;
}

@ObjectType({ description: 'Average scores, over all evaluators and per sector.' })
export class EvaluationSummary {
  @Field(() => ScoreAverages)
  all!: ScoreAverages;

  @Field(() => [SectorScores])
  bySector!: SectorScores[];
}

@ObjectType()
export class DiffPart {
  @Field()
  text!: string;

  @Field(() => DiffChange)
  change!: DiffChange;
}

@ObjectType({ description: 'A milestone of a draft commitment, read from its MILESTONES section.' })
export class DraftMilestone {
  @Field()
  title!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  start!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  end!: string;
}

@ObjectType({ description: 'The milestones of a MILESTONES section, and the lines that could not be read as one.' })
export class DraftMilestoneList {
  @Field(() => [DraftMilestone])
  milestones!: DraftMilestone[];

  @Field(() => [String])
  problems!: string[];
}
