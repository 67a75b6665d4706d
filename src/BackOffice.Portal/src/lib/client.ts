// The urql client, set up once per signed-in key: HTTP for queries and mutations (the key in X-Api-Key), the socket for
// subscriptions. The document cache refetches a query when a mutation returns a type it shows (an Order after a refund).
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createSocket } from './socket';

export function createApiClient(apiKey: string): { client: Client; dispose: () => void } {
  const socket = createSocket(apiKey);
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'X-Api-Key': apiKey } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void socket.dispose() };
}

/** A query or mutation with only a key, before a client exists (sign-in checks the key with it). */
export async function rawRequest<T>(apiKey: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', 'X-Api-Key': apiKey },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, ...body };
}
