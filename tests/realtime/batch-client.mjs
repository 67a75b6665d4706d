// Apollo Client 4.3.8's BatchHttpLink against a running API: several queries in one HTTP request (a JSON array), each
// answered in its place, one invalid query failing alone.
// Usage: node batch-client.mjs http://127.0.0.1:PORT
// Prints one line per check and "batch: N passed, N failed"; exits non-zero on any failure.
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { checks } from './checks.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node batch-client.mjs <http base url>');
  process.exit(2);
}
const { check, finish } = checks('batch');

// Every HTTP request the link makes, with the number of GraphQL requests in its body.
const requests = [];
const countingFetch = (input, init) => {
  const body = JSON.parse(init.body);
  requests.push(Array.isArray(body) ? body.length : 1);
  return fetch(input, init);
};

const client = new ApolloClient({
  link: new BatchHttpLink({ uri: `${base}/graphql`, headers: { 'X-Api-Key': 'demo-reader-key' }, batchMax: 10, batchInterval: 50, fetch: countingFetch }),
  cache: new InMemoryCache(),
});

try {
  const [orders, statistics, viewer, invalid] = await Promise.all([
    client.query({ query: gql`query Orders { orders(first: 2) { nodes { id orderId } } }` }),
    client.query({ query: gql`query Total { orders(first: 1, where: { currency: { eq: "EUR" } }) { totalCount } }` }),
    client.query({ query: gql`query Me { viewer { merchantId role } }` }),
    client.query({ query: gql`query Broken { noSuchField }`, errorPolicy: 'all' }),
  ]);
  check('the four queries went out in one HTTP request', requests.length === 1 && requests[0] === 4, JSON.stringify(requests));
  check('each query reads its own result, in its place',
    orders.data?.orders.nodes.length === 2 && statistics.data?.orders.totalCount > 0 && viewer.data?.viewer.merchantId === 'demo',
    JSON.stringify({ orders: orders.data, statistics: statistics.data, viewer: viewer.data }));
  check('the invalid query fails alone, with its error', invalid.error !== undefined && !orders.error && !statistics.error,
    JSON.stringify(invalid));
} catch (error) {
  check('the scenario ran', false, error.stack);
} finally {
  client.stop();
}

finish();
