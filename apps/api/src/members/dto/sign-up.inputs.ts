import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@ogp-forum/domain';
import { IsEmail, IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { IsVisibleText } from '../../common/validation/text.validators.js';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'The name shown with what you write.' })
  @IsString()
  @IsVisibleText()
  @Length(1, 120)
  displayName!: string;

  @Field({ description: 'Used once the address is confirmed: 12–128 characters, not a common one.' })
  @IsString()
  @MaxLength(128)
  password!: string;

  @Field(() => Locale, { defaultValue: Locale.en, description: 'The language of the e-mails and of the account.' })
  @IsEnum(Locale)
  locale!: Locale;
}
