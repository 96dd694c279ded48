import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { SEARCH_TEXT_MAX_LENGTH } from '@crm/domain';

import { Trim } from '../../common/validation/trim';

@ArgsType()
export class SearchArgs {
  @Field(() => ID)
  @IsString()
  projectId: string;

  @Field({ description: `Words to find, 1 to ${SEARCH_TEXT_MAX_LENGTH} characters; a record matches when its words start with every word given.` })
  @Trim()
  @IsNotEmpty({ message: 'Type something to search for.' })
  @MaxLength(SEARCH_TEXT_MAX_LENGTH, { message: `Search for at most ${SEARCH_TEXT_MAX_LENGTH} characters.` })
  text: string;
}
