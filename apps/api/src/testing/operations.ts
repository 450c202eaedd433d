import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';

/** The project's copy of the public contract (the operations outside clients rely on). */
export const CONTRACT_FILE = join(__dirname, '..', '..', 'contract', 'operations.graphql');

/** The public contract's operations by name. */
export function contractOperations(): Record<string, string> {
  const document = parse(readFileSync(CONTRACT_FILE, 'utf8'));
  return Object.fromEntries(
    document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
      .map((operation) => [operation.name!.value, print(operation)]),
  );
}

/** A valid project input; tests override what they examine. */
export const projectInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Samen sterker naar werk in de wijk',
  summary: 'Wijkteams en werkcoaches werken samen aan duurzame werkhervatting van bijstandsgerechtigden.',
  background: 'In de wijk kennen professionals elkaar nog te weinig.',
  goal: 'Meer mensen vinden werk dat past.',
  expectedResults: 'Hogere uitstroom en meer vertrouwen.',
  status: 'RUNNING',
  startDate: '2026-01-01',
  durationMonths: 18,
  themes: ['Gewogen Maatwerk'],
  targetGroups: ['PARTICIPATIEWET'],
  interventionIds: [],
  ...overrides,
});
