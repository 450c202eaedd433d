import { GraphQLScalarType } from 'graphql';

/** Arbitrary JSON, for audit changes whose shape depends on the record. Output only. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Willekeurige JSON (alleen in antwoorden).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON wordt niet als invoer aangenomen.');
  },
});
