import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTED_CHOICES,
  type ActedOnIt,
  EXTRA_QUESTION_KINDS,
  type ExtraQuestionKind,
  type FeedbackExtraQuestion,
  type FeedbackFormSettings,
  type FeedbackSubmission,
  INTENT_CHOICES,
  type IntentToAct,
  MAX_EXTRA_QUESTIONS,
  type NoShowMessageSettings,
} from '@epm/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class FeedbackTokenParam {
  /** 32 random bytes, base64url. A malformed one is simply not found (404), like any unknown link. */
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class FeedbackSubmissionDto implements FeedbackSubmission {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: '1 very dissatisfied … 5 very satisfied' })
  @IsOptional()
  @IsInt({ message: 'Select how satisfied you are with the event' })
  @Min(1, { message: 'Select how satisfied you are with the event' })
  @Max(5, { message: 'Select how satisfied you are with the event' })
  satisfaction?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: '1 not at all useful … 5 extremely useful' })
  @IsOptional()
  @IsInt({ message: 'Select how useful the event was to you' })
  @Min(1, { message: 'Select how useful the event was to you' })
  @Max(5, { message: 'Select how useful the event was to you' })
  usefulness?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10, description: '0 not at all likely … 10 extremely likely' })
  @IsOptional()
  @IsInt({ message: 'Select a number from 0 to 10' })
  @Min(0, { message: 'Select a number from 0 to 10' })
  @Max(10, { message: 'Select a number from 0 to 10' })
  recommend?: number;

  @ApiPropertyOptional({ enum: INTENT_CHOICES })
  @IsOptional()
  @IsIn(INTENT_CHOICES, { message: 'Select yes, maybe or no' })
  intent?: IntentToAct;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'What you will do differently must be 2000 characters or fewer' })
  intentDetail?: string;

  @ApiPropertyOptional({ type: [String], description: 'Theme codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  themes?: string[];

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Comments must be 4000 characters or fewer' })
  comments?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  quoteConsent?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Answers to the organisers’ own questions, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EXTRA_QUESTIONS)
  @IsString({ each: true })
  @MaxLength(2000, { each: true, message: 'Each answer must be 2000 characters or fewer' })
  extraAnswers?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Answers to the consultation’s questions, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(10_000, { each: true, message: 'Each answer must be 10,000 characters or fewer' })
  consultationAnswers?: string[];

  @ApiPropertyOptional({ enum: ACTED_CHOICES, description: 'Follow-up survey only' })
  @IsOptional()
  @IsIn(ACTED_CHOICES, { message: 'Select yes, partly or not yet' })
  acted?: ActedOnIt;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Follow-up survey only' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Your answer must be 4000 characters or fewer' })
  actedDetail?: string;
}

class ExtraQuestionDto implements FeedbackExtraQuestion {
  @ApiPropertyOptional({ example: 'q1' })
  @IsOptional()
  @Matches(/^q\d{1,3}$/, { message: 'A question id looks like q1' })
  id?: string;

  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MaxLength(300, { message: 'A question must be 300 characters or fewer' })
  @IsNotEmpty({ message: 'Enter the question' })
  text!: string;

  @ApiProperty({ enum: EXTRA_QUESTION_KINDS })
  @IsIn(EXTRA_QUESTION_KINDS, { message: 'Choose free text or a scale of 1 to 5' })
  kind!: ExtraQuestionKind;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;
}

class NoShowMessageDto implements NoShowMessageSettings {
  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.youtube.com/watch?v=…' })
  @Transform(({ value }: { value: unknown }) => (value === '' ? null : value))
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @MaxLength(500, { message: 'The link must be 500 characters or fewer' })
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Enter the link in the correct format, like https://www.example.org/recording' },
  )
  recordingUrl!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(1000, { message: 'The message must be 1000 characters or fewer' })
  note!: string | null;
}

export class FeedbackFormSettingsDto implements FeedbackFormSettings {
  @ApiProperty()
  @IsBoolean()
  askUsefulness!: boolean;

  @ApiProperty()
  @IsBoolean()
  askRecommend!: boolean;

  @ApiProperty()
  @IsBoolean()
  askIntent!: boolean;

  @ApiProperty()
  @IsBoolean()
  askThemes!: boolean;

  @ApiProperty()
  @IsBoolean()
  askComments!: boolean;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  themeCodes!: string[];

  @ApiProperty({ type: [ExtraQuestionDto], maxItems: MAX_EXTRA_QUESTIONS })
  @IsArray()
  @ArrayMaxSize(MAX_EXTRA_QUESTIONS, { message: `Add at most ${MAX_EXTRA_QUESTIONS} questions of your own` })
  @ValidateNested({ each: true })
  @Type(() => ExtraQuestionDto)
  extraQuestions!: ExtraQuestionDto[];

  @ApiProperty()
  @IsBoolean()
  includeConsultationQuestions!: boolean;

  @ApiProperty()
  @IsBoolean()
  sendAutomatically!: boolean;

  @ApiProperty({ type: NoShowMessageDto })
  @ValidateNested()
  @Type(() => NoShowMessageDto)
  noShowMessage!: NoShowMessageDto;
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class FeedbackImportQuery {
  @ApiPropertyOptional({ description: 'true (default): preview only; false: save', default: true })
  @IsOptional()
  @Transform(bool)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
