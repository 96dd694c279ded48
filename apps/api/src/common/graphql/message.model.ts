import { Field, ObjectType } from '@nestjs/graphql';

import { englishText, isMessageCode, type Message, type RowMessage } from '@crm/domain';

@ObjectType('MessageParam', { description: 'One value a message’s sentence needs; numbers and flags are written as text.' })
export class MessageParamModel {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('Message', { description: 'Something to tell the reader, as a code and its values for the client to word in the reader’s language, and in English.' })
export class MessageModel {
  @Field({ description: 'A code of the message catalogue in libs/domain, such as MILESTONES_OVERDUE.' })
  code: string;

  @Field(() => [MessageParamModel], { description: 'Values absent or null are left out.' })
  params: MessageParamModel[];

  @Field({ description: 'The message in English.' })
  text: string;
}

/** A message as GraphQL carries it; its English text comes from the same catalogue as every client's. */
export function toMessageModel(message: Message): MessageModel {
  return {
    code: message.code,
    params: Object.entries(message.params)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => ({ name, value: String(value) })),
    text: isMessageCode(message.code) ? englishText(message.code, message.params) : message.code,
  };
}

/** An import's row problem as GraphQL carries it: the English `message` API users read, and the same as a `problem` to word. */
export function toRowProblem(problem: RowMessage): { row: number; message: string; problem: MessageModel } {
  const message = toMessageModel(problem);
  return { row: problem.row, message: message.text, problem: message };
}
