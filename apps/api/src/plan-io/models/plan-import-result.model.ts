import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { PlanRowError } from '@crm/domain';

import { MessageModel, toRowProblem } from '../../common/graphql/message.model';

export enum PlanFormat {
  MSPDI = 'MSPDI',
  CSV = 'CSV',
}

registerEnumType(PlanFormat, {
  name: 'PlanFormat',
  description: 'A plan file: MS Project XML (MSPDI, File › Save As › XML in MS Project) or CSV.',
});

@ObjectType('PlanImportError', { description: 'A problem of an imported plan file, where to find it.' })
export class PlanImportErrorModel {
  @Field(() => Int, { description: 'In CSV the spreadsheet row (the header is row 1); in MS Project XML the task ID MS Project shows.' })
  row: number;

  @Field({ description: 'The CSV column or MS Project element at fault.' })
  field: string;

  @Field({ description: 'The problem in English; `problem` is the same for the client to word.' })
  message: string;

  @Field(() => MessageModel, { description: 'The problem as a code and its values, for the client to word.' })
  problem: MessageModel;
}

/** A plan file's problems (or warnings) as GraphQL carries them, in English and as messages. */
export function toPlanImportErrors(problems: readonly PlanRowError[]): PlanImportErrorModel[] {
  return problems.map((p) => ({ ...toRowProblem(p), field: p.field }));
}

@ObjectType('PlanImportResult')
export class PlanImportResultModel {
  @Field({ description: 'Whether the plan was imported; false whenever any row has an error, and then nothing was.' })
  imported: boolean;

  @Field(() => Int)
  taskCount: number;

  @Field(() => Int)
  milestoneCount: number;

  @Field(() => Int, { description: 'Phases the import created; phases matched by name are not counted.' })
  phaseCount: number;

  @Field(() => Int)
  dependencyCount: number;

  @Field(() => [PlanImportErrorModel])
  errors: PlanImportErrorModel[];

  @Field(() => [PlanImportErrorModel], { description: 'What the import changed on the way in (rounded durations, links through milestones); they stop nothing.' })
  warnings: PlanImportErrorModel[];
}
