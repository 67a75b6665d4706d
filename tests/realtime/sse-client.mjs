// graphql-sse 2.6.1's client (distinct connections mode, what HotChocolate's SSE users run) against a running API:
// a query and a mutation over SSE, a subscription that receives a refund made over HTTP, and a bad key refused.
// Usage: node sse-client.mjs http://127.0.0.1:PORT
// Prints one line per check and "sse: N passed, N failed"; exits non-zero on any failure.
import { createClient } from 'graphql-sse';
import { subscribe } from './subscription.mjs';
import { checks } from './checks.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node sse-client.mjs <http base url>');
  process.exit(2);
}
const url = `${base}/graphql`;
const { check, finish } = checks('sse');

const client = (key) => createClient({ url, headers: { 'X-Api-Key': key }, retryAttempts: 0 });

// A query or mutation over SSE: every `next` until `complete` (or the error that ended the stream).
const once = (sse, query, variables) => new Promise((resolve) => {
  const results = [];
  sse.subscribe({ query, variables }, {
    next: (value) => results.push(value),
    error: (error) => resolve({ results, error }),
    complete: () => resolve({ results }),
  });
});

const reader = client('demo-reader-key');
const operator = client('demo-operator-key');
try {
  const { results: [page], error } = await once(reader, `{ orders(first: 2, where: { status: { eq: CAPTURED }, capturedAmount: { gte: 10000 }, currency: { eq: "EUR" } }) {
      nodes { orderId refundedAmount operations { operationId parentOperationId } } } }`);
  const order = page?.data?.orders.nodes[1];
  check('a query over SSE answers one result, then completes', !error && order !== undefined, JSON.stringify({ page, error }));
  const payment = order.operations.find((o) => o.parentOperationId === null).operationId;

  const mutation = `mutation($input: RefundOperationInput!) { refundOperation(input: $input) {
      operation { operationId operationType } order { refundedAmount } errors { __typename } } }`;
  const refunded = await once(operator, mutation,
    { input: { operationId: payment, amount: 100, currency: 'EUR', idempotencyKey: `sse-client-${Date.now()}` } });
  const payload = refunded.results[0]?.data?.refundOperation;
  check('a mutation over SSE answers one result, then completes',
    refunded.results.length === 1 && !refunded.error && payload?.operation?.operationType === 'REFUND'
      && payload.order.refundedAmount === order.refundedAmount + 100, JSON.stringify(refunded));

  const events = subscribe(reader, `subscription($orderId: String) { operationStatusChanged(orderId: $orderId) {
      sequence operation { operationId operationType operationAmount } order { orderId } } }`, { orderId: order.orderId });
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the stream open and join its subscription
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': 'demo-operator-key' },
    body: JSON.stringify({ query: mutation, variables: { input: { operationId: payment, amount: 200, currency: 'EUR', idempotencyKey: `sse-http-${Date.now()}` } } }),
  });
  const refundId = (await response.json()).data?.refundOperation.operation?.operationId;
  check('the refund over HTTP succeeds', !!refundId);
  const event = await events.waitFor((e) => e.value?.data?.operationStatusChanged.operation.operationId === refundId);
  const data = event?.value.data.operationStatusChanged;
  check('the SSE subscriber receives the refund event',
    data?.operation.operationType === 'REFUND' && data?.operation.operationAmount === 200 && data?.order.orderId === order.orderId && data?.sequence > 0,
    JSON.stringify(events.events));
  events.dispose();

  const refused = await once(client('not-a-key'), '{ __typename }');
  check('a bad key is refused with 401 before any stream', refused.results.length === 0 && refused.error?.response?.status === 401,
    String(refused.error));
} catch (error) {
  check('the scenario ran', false, error.stack);
} finally {
  reader.dispose();
  operator.dispose();
}

finish();
