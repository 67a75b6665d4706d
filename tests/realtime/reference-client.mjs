// The reference client (graphql-ws 6.4.2, the library dashboards use) against a running API:
// subscribe over graphql-transport-ws, refund over HTTP, and check the events that arrive.
// Usage: node reference-client.mjs http://127.0.0.1:PORT [samples]
// With samples > 0 it also measures delivery latency (commit time in the event → received here) over that many refunds.
// Prints one line per check and "realtime: N passed, N failed"; exits non-zero on any failure.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphqlOverHttp } from './graphql-http.mjs';
import { subscribe } from './subscription.mjs';
import { checks } from './checks.mjs';

const [base, samplesArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: node reference-client.mjs <http base url> [latency samples]');
  process.exit(2);
}
const samples = Number(samplesArg ?? 0);
const httpUrl = `${base}/graphql`;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const { check, finish } = checks('realtime');

const http = (query, variables, key = 'demo-operator-key') => graphqlOverHttp(httpUrl, query, variables, key);


const client = (key) => createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { 'X-Api-Key': key },
  lazy: false,
  retryAttempts: 0,
});

const demo = client('demo-reader-key');
const other = client('other-operator-key');
try {
  const { orders } = await http(`{ orders(first: 1, where: { status: { eq: CAPTURED }, capturedAmount: { gte: 10000 }, currency: { eq: "EUR" } }) {
      nodes { orderId capturedAmount operations { operationId parentOperationId } } } }`);
  const order = orders.nodes[0];
  const payment = order.operations.find((o) => o.parentOperationId === null).operationId;

  const statusChanged = subscribe(demo, `subscription($orderId: String) { operationStatusChanged(orderId: $orderId) {
      eventId sequence occurredAt previousResult operation { operationId operationType operationResult operationAmount } order { orderId status refundedAmount } } }`,
    { orderId: order.orderId });
  const orderUpdated = subscribe(demo, 'subscription($orderId: String) { orderUpdated(orderId: $orderId) { orderId status refundedAmount } }',
    { orderId: order.orderId });
  const everything = subscribe(demo, 'subscription { operationStatusChanged { eventId order { orderId } } }');
  const othersView = subscribe(other, 'subscription { operationStatusChanged { eventId order { orderId } } }');
  const othersViewOfTheOrder = subscribe(other, 'subscription($orderId: String) { operationStatusChanged(orderId: $orderId) { eventId } }',
    { orderId: order.orderId });
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the subscribe messages reach the server

  const refund = await http(`mutation($input: RefundOperationInput!) { refundOperation(input: $input) {
      operation { operationId } errors { __typename } } }`,
    { input: { operationId: payment, amount: 1000, currency: 'EUR', idempotencyKey: `reference-client-${Date.now()}` } });
  const refundId = refund.refundOperation.operation?.operationId;
  check('the refund over HTTP succeeds', !!refundId, JSON.stringify(refund));

  const event = await statusChanged.waitFor((e) => e.value?.data?.operationStatusChanged.operation.operationId === refundId);
  const data = event?.value.data.operationStatusChanged;
  check('the subscriber receives the refund event', !!data, JSON.stringify(statusChanged.events));
  check('the event carries the new operation, the order after it and no previous result',
    data?.operation.operationType === 'REFUND' && data?.operation.operationAmount === 1000 && data?.previousResult === null
      && data?.order.status === 'PARTIALLY_REFUNDED' && typeof data?.eventId === 'string' && data?.sequence > 0, JSON.stringify(data));
  const updated = await orderUpdated.waitFor((e) => e.value?.data?.orderUpdated.refundedAmount >= 1000);
  check('orderUpdated delivers the order after the refund', !!updated, JSON.stringify(orderUpdated.events));
  const any = await everything.waitFor((e) => e.value?.data?.operationStatusChanged.order.orderId === order.orderId);
  check('a subscription without arguments receives it too', !!any);
  await new Promise((resolve) => setTimeout(resolve, 500));
  check("another merchant's subscriptions receive nothing of it",
    othersView.events.every((e) => e.value?.data?.operationStatusChanged.order.orderId !== order.orderId) && othersViewOfTheOrder.events.length === 0,
    JSON.stringify([othersView.events, othersViewOfTheOrder.events]));

  if (samples > 0) {
    const latencies = [];
    for (let i = 0; i < samples; i++) {
      const result = await http(`mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }`,
        { input: { operationId: payment, amount: 1, currency: 'EUR', idempotencyKey: `latency-${Date.now()}-${i}` } });
      const id = result.refundOperation.operation?.operationId;
      const received = await statusChanged.waitFor((e) => e.value?.data?.operationStatusChanged.operation.operationId === id);
      if (received) latencies.push(received.receivedAt - Date.parse(received.value.data.operationStatusChanged.occurredAt));
    }
    latencies.sort((a, b) => a - b);
    const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    console.log(`latency over ${latencies.length} events (event occurredAt -> received): p50 ${at(50)} ms, p99 ${at(99)} ms, max ${latencies.at(-1)} ms`);
    check('every latency sample arrived', latencies.length === samples);
  }

  [statusChanged, orderUpdated, everything, othersView, othersViewOfTheOrder].forEach((s) => s.dispose());
} catch (error) {
  check('the scenario ran', false, error.stack);
} finally {
  await Promise.all([demo.dispose(), other.dispose()]);
}

finish();
