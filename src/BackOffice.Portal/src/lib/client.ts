// The urql client, set up once per signed-in key: HTTP for queries and mutations (the key in X-Api-Key), the socket for
// subscriptions. The document cache refetches a query when a mutation returns a type it shows (an Order after a refund).
// Every operation goes by the hash of its generated document, never its text (persisted.ts says why).
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type TypedDocumentNode } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import { documentHash, persistedQueryExtension } from './persisted';
import { createSocket } from './socket';

export function createApiClient(apiKey: string): { client: Client; dispose: () => void } {
  const socket = createSocket(apiKey);
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'X-Api-Key': apiKey } }),
    exchanges: [
      cacheExchange,
      persistedExchange({
        // The hashes are known at build time and the texts are on the server: a miss is an error to show, never a
        // reason to send the text (a persisted-only key would be refused for it anyway). Under `npm run dev` a document
        // just edited is not in the running API's build yet, so there a miss registers the text (any other key).
        enforcePersistedQueries: !import.meta.env.DEV,
        enableForMutation: true,
        enableForSubscriptions: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_, document) => documentHash(document),
      }),
      fetchExchange,
      subscriptionExchange({
        // With the hash in extensions.persistedQuery, urql leaves the query out; graphql-ws insists on a string, and
        // the API reads an empty query with a persisted-query extension as "by hash".
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void socket.dispose() };
}

/** A query or mutation with only a key, before a client exists (sign-in checks the key with it); sent by hash too. */
export async function rawRequest<T, V extends Record<string, unknown> = Record<string, never>>(
  apiKey: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', 'X-Api-Key': apiKey },
    body: JSON.stringify({ variables, extensions: persistedQueryExtension(documentHash(document)) }),
  });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, ...body };
}
