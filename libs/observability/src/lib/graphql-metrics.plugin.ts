import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics';

/** Records duration and errors of every GraphQL operation, labelled by operation name. */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const name = operationName ?? 'anonymous';
          stopTimer({ operation: name, type: operation?.operation ?? 'unknown' });
          for (const error of errors ?? []) {
            metrics.graphqlErrors.inc({ operation: name, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
      };
    },
  };
}
