import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, DomainErrorCode, type FieldErrors, isUuid, message, type MessageKey } from '@werkkennis/kernel';
import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type FieldNode,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GraphQLContext } from './graphql-context';
import { toRequestError } from './domain-error.filter';

/** In Unicode mode a surrogate pair is one code point, so this finds only halves of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

interface Problem {
  field: string;
  problem: MessageKey;
  /** An id argument names what the operation acts on; one that cannot exist is simply not found. */
  idArgument: boolean;
}

type ArgumentField = { node: FieldNode; definition: GraphQLField<unknown, unknown> };
/** Documents are parsed once and then reused (Apollo's document cache), so their fields are found once too. */
const argumentFieldsByOperation = new WeakMap<OperationDefinitionNode, ArgumentField[]>();

/** Every field with arguments of the operation, with the fragments it uses, and its definition in the schema. */
function argumentFieldsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentField[] {
  let found = argumentFieldsByOperation.get(operation);
  if (!found) argumentFieldsByOperation.set(operation, (found = findArgumentFields(schema, document, operation)));
  return found;
}

function findArgumentFields(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentField[] {
  const fragments = new Map(
    document.definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
  );
  const found: ArgumentField[] = [];
  const pending: ASTNode[] = [operation];
  const seen = new Set<FragmentDefinitionNode>();
  for (let root = pending.pop(); root; root = pending.pop()) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const definition = typeInfo.getFieldDef();
          if (definition && node.arguments?.length) found.push({ node, definition });
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(fragment)) return;
          seen.add(fragment);
          pending.push(fragment);
        },
      }),
    );
  }
  return found;
}

/** Walks one coerced value along its input type; `field` is named as the input validation names it. */
function inspect(value: unknown, type: GraphQLInputType, field: string, isArgument: boolean, problems: Problem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return inspect(value, type.ofType, field, isArgument, problems);
  if (isListType(type)) {
    const ofObjects = isInputObjectType(getNamedType(type));
    (value as unknown[]).forEach((item, index) => inspect(item, type.ofType, ofObjects ? join(field, String(index)) : field, isArgument, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const inner of Object.values(type.getFields())) inspect((value as Record<string, unknown>)[inner.name], inner.type, join(field, inner.name), false, problems);
    return;
  }
  if (!isScalarType(type) || typeof value !== 'string') return;
  const isId = type.name === 'ID';
  const problem: MessageKey | null = isId && !isUuid(value) ? 'input.notAnId' : value.includes('\u0000') ? 'input.nulCharacter' : LONE_SURROGATE.test(value) ? 'input.halfCharacter' : null;
  if (problem) problems.push({ field, problem, idArgument: isId && isArgument });
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** What is wrong with the operation's arguments, as execution would receive them. */
function problemsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Problem[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Variables of the wrong type are refused by execution itself (BAD_USER_INPUT, HTTP 400).
  if (coerced.errors) return [];
  const problems: Problem[] = [];
  for (const { node, definition } of argumentFieldsOf(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, coerced.coerced);
    } catch {
      continue; // likewise refused by execution
    }
    for (const argument of definition.args) {
      // Inside an input object, fields are named from there on, as in the input validation (`title`, `quote.exact`).
      const field = isInputObjectType(getNamedType(argument.type)) ? '' : argument.name;
      inspect(values[argument.name], argument.type, field, true, problems);
    }
  }
  return problems;
}

function refusal(problems: Problem[]): DomainError {
  if (problems.every((problem) => problem.idArgument)) {
    return new DomainError(DomainErrorCode.NOT_FOUND, message('error.nothingFoundFor', { field: problems[0].field }));
  }
  const fields: FieldErrors = {};
  for (const { field, problem } of problems) (fields[field] ??= []).push(message(problem));
  return DomainError.invalidInput(fields);
}

/**
 * Checks every argument and input field once, before anything runs, so no resolver sees what the
 * database cannot store or look up: text with a NUL character or half a surrogate pair (BAD_USER_INPUT,
 * naming the field), and values of type ID that are not UUIDs — every ID this API takes is the
 * UUID key of a row. A malformed id argument is NOT_FOUND, like an unknown one; a malformed id
 * inside an input is invalid input for that field.
 */
export function wellFormedInputPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const problems = problemsOf(schema, document, operation, request.variables ?? {});
          if (problems.length) throw toRequestError(refusal(problems), contextValue.req);
        },
      };
    },
  };
}
