import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { matchRanges, searchContext } from '@crm/domain';

export enum SearchHitKind {
  TASK = 'TASK',
  MILESTONE = 'MILESTONE',
  REQUIREMENT = 'REQUIREMENT',
  PERSON = 'PERSON',
  RISK = 'RISK',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind', description: 'The kind of record a search hit names.' });

/** One row of the search statement: a matching record and the texts its snippet may come from. */
export interface SearchHitRow {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** In the order a snippet prefers them (a task's description; a risk's description, then its mitigation). */
  texts: (string | null)[];
  rank: number;
}

@ObjectType('TextRange', { description: 'A run of characters to mark, counted in UTF-16 code units (JavaScript string indices).' })
export class TextRangeModel {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}

@ObjectType('SearchHit', { description: 'A record of the program whose words match a search. All text is plain text, never HTML.' })
export class SearchHitModel {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID, { description: 'The id of the task, milestone, requirement, person or risk.' })
  id: string;

  @Field({ description: 'The task’s, requirement’s or risk’s title, the milestone’s or person’s name.' })
  title: string;

  @Field(() => [TextRangeModel], { description: 'Where the words searched for start words of the title.' })
  titleMatches: TextRangeModel[];

  @Field({ description: 'A short snippet around the first match in the description (or the start of it), or what places the record: a milestone’s phase, a person’s department and email. May be empty.' })
  context: string;

  @Field(() => [TextRangeModel], { description: 'Where the words searched for start words of the context.' })
  contextMatches: TextRangeModel[];

  @Field(() => Float, { description: 'How well the record matches; higher is better, and hits come best first. Title words weigh most.' })
  rank: number;
}

export function toSearchHit(row: SearchHitRow, words: readonly string[]): SearchHitModel {
  const context = searchContext(row.texts, words);
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    titleMatches: matchRanges(row.title, words),
    context: context.text,
    contextMatches: context.matches,
    rank: Number(row.rank),
  };
}
