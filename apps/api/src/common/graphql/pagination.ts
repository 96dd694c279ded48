import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';

import { MAX_PAGE_SIZE } from '@crm/domain';

import { badUserInput } from '../errors/app-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'first must be at least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}.` })
  first = 50;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /**
   * A getter that starts the count when first read, and only the field's resolver reads it, when
   * the client selects the field: a page that shows no total never counts every matching row.
   */
  readonly totalCount: Promise<number>;
}

/** A cursor is an opaque wrapper around a monotonically increasing sequence number. */
export function encodeCursor(seq: string | number): string {
  return Buffer.from(`c:${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  // Sequence numbers are bigint columns: a cursor past that range (or not ours) names no row.
  if (!/^c:\d{1,18}$/.test(decoded) || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw badUserInput([{ field: 'after', message: 'This cursor is not one we issued.', code: 'INVALID_CURSOR' }]);
  return decoded.slice(2);
}

/** `count` runs at most once, and only if `totalCount` is selected (under any number of aliases). */
export function connectionOf<T>(rows: T[], first: number, seqOf: (row: T) => string, count: () => Promise<number>): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(seqOf(node)) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (counted ??= count());
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: Promise<number>;
  }
  return ConnectionClass;
}
