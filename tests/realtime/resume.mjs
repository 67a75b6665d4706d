// Resuming with the reference client (graphql-ws 6.4.2) against a running API: subscribe, disconnect, refund three times
// over HTTP, subscribe again with `after:` the last sequence seen -> exactly the three missed events in order, then live ones.
// Then the same over SSE with a WHATWG EventSource (the `eventsource` package): its connection drops, it reconnects by
// itself with Last-Event-ID, and the stream goes on after that event.
// Usage: node resume.mjs http://127.0.0.1:PORT
// Prints one line per check and "resume: N passed, N failed"; exits non-zero on any failure.
import { createClient } from 'graphql-ws';
import { EventSource } from 'eventsource';
import WebSocket from 'ws';
import { subscribe } from './subscription.mjs';
import { checks } from './checks.mjs';
import { graphqlOverHttp } from './graphql-http.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node resume.mjs <http base url>');
  process.exit(2);
}
const httpUrl = `${base}/graphql`;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const { check, finish } = checks('resume');
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const http = (query, variables, key = 'demo-operator-key') => graphqlOverHttp(httpUrl, query, variables, key);

const connect = () => createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { 'X-Api-Key': 'demo-reader-key' },
  lazy: false,
  retryAttempts: 0,
});

let refunds = 0;
async function refund(payment) {
  const data = await http('mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }',
    { input: { operationId: payment, amount: 100, currency: 'EUR', idempotencyKey: `resume-${Date.now()}-${refunds++}` } });
  return data.refundOperation.operation.operationId;
}

const events = `subscription($orderId: String, $after: Long) { operationStatusChanged(orderId: $orderId, after: $after) {
    eventId sequence operation { operationId } } }`;
const operationIds = (s) => s.events.filter((e) => e.value?.data).map((e) => e.value.data.operationStatusChanged.operation.operationId);
const errorCode = (s) => {
  const failure = s.events.find((e) => e.error || e.value?.errors);
  const errors = failure?.error ?? failure?.value.errors;
  return Array.isArray(errors) ? errors[0]?.extensions?.code : undefined;
};

const clients = [];
try {
  const { orders } = await http(`{ orders(first: 2, where: { status: { eq: CAPTURED }, capturedAmount: { gte: 10000 }, currency: { eq: "EUR" } }) {
      nodes { orderId operations { operationId parentOperationId } } } }`);
  const [order, otherOrder] = orders.nodes;
  const payment = order.operations.find((o) => o.parentOperationId === null).operationId;

  // Seen live, then the dashboard goes away.
  const first = connect();
  clients.push(first);
  const live = subscribe(first, events, { orderId: order.orderId });
  await pause(500);
  const seenId = await refund(payment);
  const seenEvent = await live.waitFor((e) => e.value?.data?.operationStatusChanged.operation.operationId === seenId);
  const seen = seenEvent?.value.data.operationStatusChanged.sequence;
  check('the first subscription receives the event and its sequence', Number.isInteger(seen), JSON.stringify(live.events));
  live.dispose();
  await first.dispose();

  const missed = [await refund(payment), await refund(payment), await refund(payment)];

  const second = connect();
  clients.push(second);
  const resumed = subscribe(second, events, { orderId: order.orderId, after: seen });
  const updates = subscribe(second, 'subscription($orderId: String, $after: Long) { orderUpdated(orderId: $orderId, after: $after) { refundedAmount } }',
    { orderId: order.orderId, after: seen });
  const elsewhere = subscribe(second, events, { orderId: otherOrder.orderId, after: seen });
  const unknown = subscribe(second, events, { after: 1_000_000_000 });
  await resumed.waitFor(() => operationIds(resumed).length >= 3);
  check('resuming replays exactly the three missed events, in order', JSON.stringify(operationIds(resumed)) === JSON.stringify(missed),
    JSON.stringify({ missed, received: operationIds(resumed) }));

  const next = await refund(payment);
  await resumed.waitFor(() => operationIds(resumed).length >= 4);
  await pause(500); // a repeat at the seam would arrive by now
  check('then live events follow, none twice', JSON.stringify(operationIds(resumed)) === JSON.stringify([...missed, next]),
    JSON.stringify(operationIds(resumed)));
  const sequences = resumed.events.filter((e) => e.value?.data).map((e) => e.value.data.operationStatusChanged.sequence);
  check('sequences increase past the resume point', sequences.every((s, i) => s > (i === 0 ? seen : sequences[i - 1])), JSON.stringify(sequences));

  await updates.waitFor(() => updates.events.length >= 4);
  const labels = updates.events.map((e) => e.value?.extensions?.sequence);
  check('orderUpdated resumes too, each event labelled with extensions.sequence',
    updates.events.length === 4 && labels.every((s, i) => Number.isInteger(s) && s > (i === 0 ? seen : labels[i - 1])), JSON.stringify(updates.events));
  check("the replay keeps the subscription's filter (another order: nothing)", elsewhere.events.length === 0, JSON.stringify(elsewhere.events));
  await unknown.waitFor((e) => e.error || e.value?.errors, 5_000);
  check('a resume point never sent is refused with RESUME_POINT_UNKNOWN', errorCode(unknown) === 'RESUME_POINT_UNKNOWN', JSON.stringify(unknown.events));
  [resumed, updates, elsewhere, unknown].forEach((s) => s.dispose());

  // Over SSE, as a browser's EventSource resumes: a GET subscription, each event's `id:` its sequence; when the connection
  // drops, EventSource reconnects on its own (after its 3 s retry) sending the last id as Last-Event-ID.
  const requests = [];
  const received = [];
  let drop;
  const source = new EventSource(`${httpUrl}?${new URLSearchParams({ query: events, variables: JSON.stringify({ orderId: order.orderId }) })}`, {
    fetch: async (url, init) => {
      requests.push(init.headers['Last-Event-ID'] ?? null);
      const response = await fetch(url, { ...init, headers: { ...init.headers, 'X-Api-Key': 'demo-reader-key' } });
      if (requests.length > 1 || !response.body) return response;
      // The first connection can be cut from this side, as a network failure would: its body ends, the socket closes.
      const reader = response.body.getReader();
      drop = () => reader.cancel();
      const body = new ReadableStream({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) controller.close(); else controller.enqueue(value);
        },
        cancel: () => reader.cancel(),
      });
      return new Response(body, { status: response.status, headers: response.headers });
    },
  });
  source.addEventListener('next', (e) => received.push({ id: e.lastEventId, payload: JSON.parse(e.data) }));
  const receivedIds = () => received.map((e) => e.payload.data.operationStatusChanged.operation.operationId);
  const until = async (predicate, timeoutMs = 10_000) => {
    for (const deadline = Date.now() + timeoutMs; !predicate() && Date.now() < deadline;) await pause(50);
    return predicate();
  };
  try {
    await new Promise((resolve, reject) => { source.onopen = resolve; source.onerror = reject; });
    await pause(500);
    const before = await refund(payment);
    await until(() => received.length >= 1);
    const [first] = received;
    check('over SSE, each event carries its sequence as its id',
      receivedIds()[0] === before && first.id === String(first.payload.data.operationStatusChanged.sequence), JSON.stringify(received));

    drop();
    const missedOverSse = [await refund(payment), await refund(payment), await refund(payment)];
    await until(() => received.length >= 4);
    check('EventSource reconnects by itself with Last-Event-ID, the id of the last event it received',
      requests.length === 2 && requests[1] === first.id, JSON.stringify(requests));
    check('the resumed stream replays exactly the events missed while disconnected, in order',
      JSON.stringify(receivedIds().slice(1)) === JSON.stringify(missedOverSse), JSON.stringify({ missedOverSse, received: receivedIds() }));
    const liveOverSse = await refund(payment);
    await until(() => received.length >= 5);
    await pause(500);
    check('then live ones over SSE, none twice', JSON.stringify(receivedIds()) === JSON.stringify([before, ...missedOverSse, liveOverSse]),
      JSON.stringify(receivedIds()));
  } finally {
    source.close();
  }
} catch (error) {
  check('the scenario ran', false, error.stack);
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
}

finish();
