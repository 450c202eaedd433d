import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MESSAGES, type Page, validationText } from '@werkkennis/kernel';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Aantal items, hoogstens ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: MESSAGES.atLeast(1) })
  @Max(MAX_PAGE_SIZE, { message: validationText('validation.pageSize', { max: MAX_PAGE_SIZE }) })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'endCursor van de vorige pagina.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: MESSAGES.tooLong(500) })
  after?: string;
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A getter: read (and counted) only when the client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/** A cursor connection type for one node type, e.g. `ProjectConnection`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: Promise<number>;
  }
  return ConnectionClass;
}

export function toConnection<Row, Node>(page: Page<Row>, toNode: (row: Row) => Node): Connection<Node> {
  const edges = page.items.map((row) => ({ cursor: page.cursorOf(row), node: toNode(row) }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    get totalCount() {
      return page.totalCount();
    },
  };
}
