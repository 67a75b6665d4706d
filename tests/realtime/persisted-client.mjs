// Apollo Client 4's persisted-queries link (the real @apollo/client, a SHA-256 from node:crypto, hashed queries over GET)
// against a running API: a new document is sent by hash alone, missed, registered with its text, and from then on a GET
// carrying only its hash runs it (what a CDN can cache). Then a persisted-only key: an ad-hoc document is refused, the
// trusted document shipped in trusted-documents/ runs (the API is started with GraphQL:Documents:Directory pointing there).
// Usage: node persisted-client.mjs http://127.0.0.1:PORT
// Prints one line per check and "persisted: N passed, N failed"; exits non-zero on any failure.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { checks } from './checks.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node persisted-client.mjs <http base url>');
  process.exit(2);
}
const { check, finish } = checks('persisted');

// Every request the link chain sends, as the network sees it.
const sent = [];
const countingFetch = (url, init) => {
  const body = init?.body ? JSON.parse(init.body) : null;
  const params = new URL(url).searchParams;
  sent.push({ method: init?.method ?? 'GET', hasQuery: !!(body?.query ?? params.get('query')), extensions: body?.extensions ?? params.get('extensions') });
  return fetch(url, init);
};

// A fresh client each time: the link remembers no registration, so each run starts with the hash alone.
const client = (key) => new ApolloClient({
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' } },
  link: ApolloLink.from([
    new PersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex'), useGETForHashedQueries: true }),
    new HttpLink({ uri: `${base}/graphql`, fetch: countingFetch, headers: { 'X-Api-Key': key } }),
  ]),
});

async function run(key, query, variables) {
  sent.length = 0;
  try {
    const { data, error } = await client(key).query({ query, variables });
    return { data, error, requests: [...sent] };
  } catch (error) {
    return { error, requests: [...sent] };
  }
}

const codes = (error) => (error?.errors ?? []).map((e) => e.extensions?.code);
const show = (r) => JSON.stringify({ data: r.data, error: r.error?.message, codes: codes(r.error), requests: r.requests });

try {
  // A document no earlier run registered (each run of the suite has a fresh database, but be sure).
  const fresh = gql(`query PersistedClientRun { r${Date.now()}: orders(first: 2) { totalCount nodes { orderId } } }`);
  const first = await run('demo-reader-key', fresh);
  check('a new document: the link sends its hash alone over GET, is told PersistedQueryNotFound, and registers it with a POST of query and hash',
    first.requests.length === 2 && first.requests[0].method === 'GET' && !first.requests[0].hasQuery
      && first.requests[1].method === 'POST' && first.requests[1].hasQuery && !first.error, show(first));
  check('the registering request answers the data', Object.values(first.data ?? {})[0]?.nodes?.length === 2, show(first));

  const again = await run('demo-reader-key', fresh);
  check('once registered, a GET carrying only the hash runs it: one request, no query text',
    again.requests.length === 1 && again.requests[0].method === 'GET' && !again.requests[0].hasQuery && !again.error, show(again));
  check('the hash-only answer is the registered document\'s', JSON.stringify(again.data) === JSON.stringify(first.data), show(again));

  const adHoc = await run('demo-dashboard-key', gql(`query AdHoc { orders(first: 100) { nodes { orderId customerId } } }`));
  check('a persisted-only key: an ad-hoc document misses by hash, then its registration is refused with PERSISTED_QUERY_ONLY',
    adHoc.requests.length === 2 && codes(adHoc.error).includes('PERSISTED_QUERY_ONLY') && !adHoc.data, show(adHoc));

  const trusted = await run('demo-dashboard-key', gql(`query DashboardRecentOrders($first: Int!) {
      orders(first: $first, order: [{ createdAt: DESC }]) { totalCount nodes { orderId status amount currency } } }`), { first: 3 });
  check('a persisted-only key runs the trusted document shipped with the front end, by its hash alone over GET',
    trusted.requests.length === 1 && trusted.requests[0].method === 'GET' && trusted.data?.orders?.nodes?.length === 3, show(trusted));
} catch (e) {
  check('the persisted-queries client ran', false, e?.stack ?? String(e));
}

finish();
