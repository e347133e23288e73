import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Locale, REPORT_SECTION_MAX_LENGTH, ReportKind, ReportSectionKey } from '@ogp-forum/domain';
import { IsEnum, IsInt, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

/** Which narrative section: of which plan's report, of which kind, in which language. */
@InputType()
export class ReportNarrativeRef {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind!: ReportKind;

  @Field(() => ReportSectionKey)
  @IsEnum(ReportSectionKey)
  key!: ReportSectionKey;

  @Field(() => Locale)
  @IsEnum(Locale)
  locale!: Locale;
}

@InputType()
export class SaveReportNarrativeInput extends ReportNarrativeRef {
  @Field({ description: 'Markdown.' })
  @IsString()
  @MaxLength(REPORT_SECTION_MAX_LENGTH)
  text!: string;

  @Field(() => Int, { description: 'The version the text was edited from (0 for a first text); a newer one saved meanwhile gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}

@InputType()
export class OpenReportConsultationInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind!: ReportKind;

  @Field({ description: 'ISO date (YYYY-MM-DD), the first day of comment in the forum\'s time zone.' })
  @IsString()
  @Length(10, 10)
  opensOn!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD), the last day of comment; at least 14 days after opensOn, both included.' })
  @IsString()
  @Length(10, 10)
  closesOn!: string;
}
