// The legacy protocol's own client (subscriptions-transport-ws 0.11.0, what older Apollo clients use; Strawberry Shake speaks
// the same graphql-ws sub-protocol) against a running API: a query over the socket, a subscription that receives a refund
// made over HTTP, only that protocol's message types on the socket, and a bad key refused with connection_error.
// Usage: node legacy-client.mjs http://127.0.0.1:PORT
// Prints one line per check and "legacy-ws: N passed, N failed"; exits non-zero on any failure.
import { SubscriptionClient } from 'subscriptions-transport-ws';
import WebSocket from 'ws';
import { graphqlOverHttp } from './graphql-http.mjs';
import { checks } from './checks.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node legacy-client.mjs <http base url>');
  process.exit(2);
}
const httpUrl = `${base}/graphql`;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const LEGACY_TYPES = new Set(['connection_ack', 'connection_error', 'ka', 'data', 'error', 'complete']);
const { check, finish } = checks('legacy-ws');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A connected client; every message type the server sent on its socket is kept in `received`.
function connect(key) {
  const received = [];
  let connectionError;
  const client = new SubscriptionClient(wsUrl, {
    connectionParams: { 'X-Api-Key': key },
    reconnect: false,
    connectionCallback: (error) => { connectionError = error; },
  }, WebSocket);
  client.client.addEventListener('message', (event) => received.push(JSON.parse(event.data).type));
  const closed = new Promise((resolve) => client.client.addEventListener('close', (event) => resolve(event.code)));
  return { client, received, closed, connectionError: () => connectionError };
}

// One operation's results as they arrive, with a wait for the first that matches and one for its end.
function request(client, query, variables) {
  const results = [];
  let ended;
  const done = new Promise((resolve) => { ended = resolve; });
  const subscription = client.request({ query, variables }).subscribe({
    next: (value) => results.push(value),
    error: (error) => { results.push({ error }); ended('error'); },
    complete: () => ended('complete'),
  });
  const waitFor = async (predicate, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = results.find(predicate);
      if (found) return found;
      await sleep(100);
    }
    return undefined;
  };
  return { results, waitFor, done, unsubscribe: () => subscription.unsubscribe() };
}

const within = (promise, ms) => Promise.race([promise, sleep(ms).then(() => 'timeout')]);

const reader = connect('demo-reader-key');
try {
  const { orders } = await graphqlOverHttp(httpUrl, `{ orders(first: 1, where: { status: { eq: CAPTURED }, capturedAmount: { gte: 10000 }, currency: { eq: "EUR" } }) {
      nodes { orderId operations { operationId parentOperationId } } } }`, undefined, 'demo-operator-key');
  const order = orders.nodes[0];
  const payment = order.operations.find((o) => o.parentOperationId === null).operationId;

  const query = request(reader.client, 'query($orderId: String!) { order(orderId: $orderId) { orderId } }', { orderId: order.orderId });
  const answer = await query.waitFor((r) => r.data);
  check('a query over the socket answers its data', answer?.data?.order?.orderId === order.orderId, JSON.stringify(query.results));
  check('and then completes', await within(query.done, 5_000) === 'complete');
  check('the socket speaks the legacy graphql-ws sub-protocol', reader.client.client.protocol === 'graphql-ws', reader.client.client.protocol);

  const events = request(reader.client, `subscription($orderId: String) { operationStatusChanged(orderId: $orderId) {
      eventId operation { operationId operationType operationAmount } order { orderId status } } }`, { orderId: order.orderId });
  await sleep(500); // let the start message reach the server
  const refund = await graphqlOverHttp(httpUrl, `mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }`,
    { input: { operationId: payment, amount: 1000, currency: 'EUR', idempotencyKey: `legacy-client-${Date.now()}` } }, 'demo-operator-key');
  const refundId = refund.refundOperation.operation?.operationId;
  check('the refund over HTTP succeeds', !!refundId, JSON.stringify(refund));
  const event = await events.waitFor((r) => r.data?.operationStatusChanged?.operation.operationId === refundId);
  const data = event?.data.operationStatusChanged;
  check('the subscriber receives the refund event', data?.operation.operationType === 'REFUND' && data?.operation.operationAmount === 1000
    && data?.order.orderId === order.orderId, JSON.stringify(events.results));
  events.unsubscribe();

  const invalid = request(reader.client, '{ nope }'); // the client hands its observer the first error
  check('an invalid query ends in an error with its code', await within(invalid.done, 5_000) === 'error'
    && invalid.results[0]?.error?.extensions?.code === 'FIELDS_ON_CORRECT_TYPE', JSON.stringify(invalid.results));

  check('the server keeps the socket alive with ka', reader.received.includes('ka'), JSON.stringify(reader.received));
  check('the socket carries only the legacy protocol\'s message types', reader.received.every((t) => LEGACY_TYPES.has(t)),
    JSON.stringify(reader.received));

  const refused = connect('not-a-key');
  const code = await within(refused.closed, 5_000);
  check('a bad key gets connection_error, then the close (4403)', code === 4403 && refused.received[0] === 'connection_error'
    && refused.connectionError()?.extensions?.code === 'FORBIDDEN', JSON.stringify({ code, received: refused.received, error: refused.connectionError() }));
} catch (error) {
  check('the scenario ran', false, error.stack);
} finally {
  reader.client.close();
}

finish();
