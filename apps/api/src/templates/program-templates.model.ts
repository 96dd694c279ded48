import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

import { TEMPLATE_MAX_LENGTH } from '@crm/domain';

@ObjectType('ProgramTemplate', { description: 'A template a program can start from: a built-in one or one the organisation imported.' })
export class ProgramTemplateModel {
  @Field(() => ID, { description: 'builtin:standard, builtin:salesforce, ... for the built-in ones.' })
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The CRM the template is written for; null for a neutral one.' })
  crmProduct: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'True for the templates that ship with the product, false for imported ones.' })
  builtIn: boolean;
}

@InputType()
export class ImportTemplateInput {
  @Field({ description: 'The template as JSON text, in the format exportTemplate writes.' })
  @IsString()
  @MaxLength(TEMPLATE_MAX_LENGTH, { message: `The template is too large: at most ${TEMPLATE_MAX_LENGTH / 1000} thousand characters.` })
  content: string;
}
