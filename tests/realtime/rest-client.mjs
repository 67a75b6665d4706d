// The REST door (/api/v1) over real HTTP against a running API, as a merchant's existing integration calls it, and the
// two doors seeing each other: a REST refund reaches a graphql-ws subscriber, a GraphQL refund shows in GET /orders/{id}.
// Usage: node rest-client.mjs http://127.0.0.1:PORT
// Prints one line per check and "rest: N passed, N failed"; exits non-zero on any failure.
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { checks } from './checks.mjs';
import { subscribe } from './subscription.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node rest-client.mjs <http base url>');
  process.exit(2);
}
const api = `${base}/api/v1`;
const OPERATOR = 'demo-operator-key';
const READER = 'demo-reader-key';
const OTHER = 'other-operator-key';
const { check, finish } = checks('rest');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const idempotencyKey = () => randomBytes(31).toString('hex'); // 62 lowercase hex, as the gateway's clients send
const digits = (v) => typeof v === 'string' && /^[0-9]+$/.test(v);
const isoMs = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v);
/** The one error shape: {"errors":[{"code","description"}]} with string fields, nothing else. */
const errorShape = (body, code) => body && Array.isArray(body.errors) && body.errors.length >= 1
  && typeof body.errors[0].code === 'string' && typeof body.errors[0].description === 'string'
  && (code === undefined || body.errors[0].code === code);

/** What a gateway client sends: the JSON content type on every request (GETs included), its key, its correlation id. */
async function rest(method, path, { key = OPERATOR, body, headers = {} } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Api-Key': key } : {}), ...headers },
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = text; }
  return { status: response.status, headers: response.headers, body: json };
}

async function graphql(query, variables, key = OPERATOR) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A body-less POST sent the way some integrations do: chunked, zero length, Expect: 100-continue. */
function chunkedEmptyPost(path, key = OPERATOR) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${api}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': key, 'Transfer-Encoding': 'chunked', Expect: '100-continue' },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body: text ? JSON.parse(text) : undefined }));
    });
    let ended = false;
    const end = () => { if (!ended) { ended = true; request.end(); } };
    request.on('continue', end); // the server asked for the (empty) body
    setTimeout(end, 1000); // as curl does: send it anyway when no 100 comes within a second
    request.on('error', reject);
    request.flushHeaders();
  });
}


const ws = createClient({
  url: `${base.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: { 'X-Api-Key': READER },
  lazy: false,
  retryAttempts: 0,
});

try {
  // --- the data to work on, found through GraphQL (the same core) ---
  const { orders: captured } = await graphql(`{ orders(first: 3, where: { status: { eq: CAPTURED }, capturedAmount: { gte: 10000 }, currency: { eq: "EUR" } }) {
      nodes { orderId capturedAmount operations { operationId parentOperationId } } } }`);
  const [restOrder, graphqlOrder, overOrder] = captured.nodes;
  const paymentOf = (order) => order.operations.find((o) => o.parentOperationId === null).operationId;
  const { orders: authorized } = await graphql(`{ orders(first: 20, where: { status: { eq: AUTHORIZED }, currency: { eq: "EUR" } }) {
      nodes { orderId authorizedAmount operations { operationId parentOperationId paymentCircuit } } } }`);
  const toCapture = authorized.nodes.find((o) => o.operations.every((op) => op.paymentCircuit !== 'PAYPAL'));
  const { orders: others } = await graphql('{ orders(first: 1) { nodes { orderId operations { operationId } } } }', {}, OTHER);
  const othersOrder = others.nodes[0];
  check('the demo data has orders to refund, to capture, and another merchant\'s', !!(restOrder && graphqlOrder && overOrder && toCapture && othersOrder));

  // --- authentication and tenancy ---
  const anonymous = await rest('GET', '/orders', { key: null });
  check('no X-Api-Key: 401 in the error shape', anonymous.status === 401 && errorShape(anonymous.body, 'BO0401'), anonymous);
  const unknown = await rest('GET', '/orders', { key: 'not-a-key' });
  check('an unknown key: 401', unknown.status === 401 && errorShape(unknown.body, 'BO0401'), unknown);
  const foreign = await rest('GET', `/orders/${encodeURIComponent(othersOrder.orderId)}`, { key: READER });
  check("another merchant's order: 404 in the error shape", foreign.status === 404 && errorShape(foreign.body, 'BO0404'), foreign);
  const foreignOperation = await rest('GET', `/operations/${encodeURIComponent(othersOrder.operations[0].operationId)}`, { key: READER });
  check("another merchant's operation: 404", foreignOperation.status === 404 && errorShape(foreignOperation.body), foreignOperation);

  // --- reads ---
  const list = await rest('GET', '/orders', { key: READER });
  const listed = list.body?.orders ?? [];
  check('GET /orders (default window: the last month) lists orders', list.status === 200 && listed.length > 0 && listed.length <= 20, list.status);
  check('orders carry amounts as strings of digits and times with milliseconds',
    listed.every((o) => digits(o.order.amount) && digits(o.authorizedAmount) && digits(o.capturedAmount) && isoMs(o.lastOperationTime)),
    listed[0]);
  check('orders are newest first by lastOperationTime',
    listed.every((o, i) => i === 0 || listed[i - 1].lastOperationTime >= o.lastOperationTime));
  const overlong = await rest('GET', '/orders?fromTime=2026-01-01T00:00:00.000Z&toTime=2026-06-01T00:00:00.000Z', { key: READER });
  check('a window longer than a month: 400 PS0026', overlong.status === 400 && errorShape(overlong.body, 'PS0026'), overlong);

  const detail = await rest('GET', `/orders/${encodeURIComponent(restOrder.orderId)}`, { key: READER });
  check('GET /orders/{orderId}: the order status and its operations',
    detail.status === 200 && detail.body?.orderStatus?.order?.orderId === restOrder.orderId && Array.isArray(detail.body?.operations)
      && detail.body.operations.length >= 1 && digits(detail.body.orderStatus.capturedAmount), detail);

  const operations = await rest('GET', '/operations', { key: READER });
  check('GET /operations lists operations with amounts as strings', operations.status === 200 && operations.body?.operations?.length > 0
    && operations.body.operations.every((o) => digits(o.operationAmount) && isoMs(o.operationTime)), operations.status);
  const payment = paymentOf(restOrder);
  const one = await rest('GET', `/operations/${encodeURIComponent(payment)}`, { key: READER });
  check('GET /operations/{operationId}: the operation itself, not wrapped, no warnings key',
    one.status === 200 && one.body?.operationId === payment && one.body?.orderId === restOrder.orderId && digits(one.body?.operationAmount)
      && !('warnings' in (one.body ?? {})), one);
  const authorization = toCapture.operations.find((o) => o.parentOperationId === null).operationId;
  const actions = await rest('GET', `/operations/${encodeURIComponent(authorization)}/actions`, { key: READER });
  const captureAction = actions.body?.actions?.find((a) => a.type === 'CAPTURE');
  check('GET /operations/{id}/actions offers the capture of what is authorized',
    actions.status === 200 && captureAction?.amount === String(toCapture.authorizedAmount), actions);

  // --- writes: capture, cancel, with the gateway's headers ---
  const readerWrite = await rest('POST', `/operations/${authorization}/captures`, {
    key: READER, body: { amount: '1', currency: 'EUR' }, headers: { 'Idempotency-Key': idempotencyKey() } });
  check('a read-only key posting a capture: 403 in the error shape', readerWrite.status === 403 && errorShape(readerWrite.body, 'BO0403'), readerWrite);
  const readerUnreadable = await rest('POST', `/operations/${authorization}/refunds`, {
    key: READER, body: 'not json', headers: { 'Idempotency-Key': idempotencyKey() } });
  check('a read-only key posting an unreadable body: 403 before the body is read', readerUnreadable.status === 403
    && errorShape(readerUnreadable.body, 'BO0403'), readerUnreadable);

  const captureCorrelation = randomUUID();
  const capture = await rest('POST', `/operations/${authorization}/captures`, {
    body: { amount: String(toCapture.authorizedAmount), currency: 'EUR', description: 'rest-client capture' },
    headers: { 'Idempotency-Key': idempotencyKey(), 'Correlation-Id': captureCorrelation },
  });
  check('POST captures: 200 {operationId, operationTime}, Correlation-Id echoed',
    capture.status === 200 && typeof capture.body?.operationId === 'string' && isoMs(capture.body?.operationTime)
      && capture.headers.get('correlation-id') === captureCorrelation, capture);
  const cancelCorrelation = randomUUID();
  const cancel = await rest('POST', `/operations/${encodeURIComponent(capture.body?.operationId ?? 'none')}/cancels`, {
    body: { description: 'rest-client cancel' }, headers: { 'Correlation-Id': cancelCorrelation } });
  check("POST cancels of today's capture: 200, Correlation-Id echoed",
    cancel.status === 200 && typeof cancel.body?.operationId === 'string' && cancel.headers.get('correlation-id') === cancelCorrelation, cancel);
  const cancelAgain = await rest('POST', `/operations/${encodeURIComponent(capture.body?.operationId ?? 'none')}/cancels`, { body: {} });
  check('the same cancel again is refused in the error shape', cancelAgain.status === 400 && errorShape(cancelAgain.body), cancelAgain);

  // --- a REST refund, seen by a graphql-ws subscriber; replayed by its key ---
  const statusChanged = subscribe(ws, `subscription($orderId: String) { operationStatusChanged(orderId: $orderId) {
      operation { operationId operationType operationAmount } order { orderId refundedAmount } } }`, { orderId: restOrder.orderId });
  const orderUpdated = subscribe(ws, 'subscription($orderId: String) { orderUpdated(orderId: $orderId) { orderId refundedAmount } }',
    { orderId: restOrder.orderId });
  await sleep(500); // let the subscribe messages reach the server

  const refundKey = idempotencyKey();
  const refundCorrelation = randomUUID();
  const refundBody = { amount: '1000', currency: 'EUR', description: 'rest-client refund' };
  const refund = await rest('POST', `/operations/${payment}/refunds`, {
    body: refundBody, headers: { 'Idempotency-Key': refundKey, 'Correlation-Id': refundCorrelation } });
  const refundId = refund.body?.operationId;
  check('POST refunds: 200 {operationId, operationTime}, Correlation-Id echoed',
    refund.status === 200 && typeof refundId === 'string' && isoMs(refund.body?.operationTime)
      && refund.headers.get('correlation-id') === refundCorrelation, refund);
  const event = await statusChanged.waitFor((e) => e.value?.data?.operationStatusChanged?.operation?.operationId === refundId);
  check('a graphql-ws subscriber receives operationStatusChanged for the REST refund',
    event?.value.data.operationStatusChanged.operation.operationType === 'REFUND' && event?.value.data.operationStatusChanged.operation.operationAmount === 1000,
    statusChanged.events);
  const updated = await orderUpdated.waitFor((e) => e.value?.data?.orderUpdated?.refundedAmount >= 1000);
  check('and orderUpdated with the refunded amount', !!updated, orderUpdated.events);

  const replay = await rest('POST', `/operations/${payment}/refunds`, { body: refundBody, headers: { 'Idempotency-Key': refundKey } });
  check('the same Idempotency-Key and body: the same operationId and operationTime',
    replay.status === 200 && replay.body?.operationId === refundId && replay.body?.operationTime === refund.body?.operationTime, replay);
  const reused = await rest('POST', `/operations/${payment}/refunds`, {
    body: { ...refundBody, amount: '999' }, headers: { 'Idempotency-Key': refundKey } });
  check('the same key with another body: 400 BO0001', reused.status === 400 && errorShape(reused.body, 'BO0001'), reused);
  const after = await rest('GET', `/orders/${encodeURIComponent(restOrder.orderId)}`, { key: READER });
  const refunds = (after.body?.operations ?? []).filter((o) => o.operationType === 'REFUND');
  check('the replay wrote nothing: one refund on the order, of "1000"',
    refunds.length === 1 && refunds[0].operationId === refundId && refunds[0].operationAmount === '1000', refunds);
  await sleep(300);
  check('and published nothing more: one event for the refund',
    statusChanged.events.filter((e) => e.value?.data?.operationStatusChanged?.operation?.operationType === 'REFUND').length === 1, statusChanged.events);

  // --- a GraphQL refund, seen over REST ---
  const { refundOperation } = await graphql(`mutation($input: RefundOperationInput!) { refundOperation(input: $input) {
      operation { operationId } errors { __typename } } }`,
    { input: { operationId: paymentOf(graphqlOrder), amount: 1500, currency: 'EUR', idempotencyKey: `rest-client-${Date.now()}` } });
  const graphqlRefundId = refundOperation.operation?.operationId;
  const seen = await rest('GET', `/orders/${encodeURIComponent(graphqlOrder.orderId)}`, { key: READER });
  const seenRefund = seen.body?.operations?.find((o) => o.operationId === graphqlRefundId);
  check('a GraphQL refund is visible in GET /api/v1/orders/{orderId}',
    !!graphqlRefundId && seenRefund?.operationType === 'REFUND' && seenRefund?.operationAmount === '1500', seen.body);

  // --- the gateway's error codes ---
  const over = await rest('POST', `/operations/${paymentOf(overOrder)}/refunds`, {
    body: { amount: String(overOrder.capturedAmount + 1), currency: 'EUR' }, headers: { 'Idempotency-Key': idempotencyKey() } });
  check('a refund over the captured amount: 400 {"errors":[{"code":"PS0029","description"}]}',
    over.status === 400 && errorShape(over.body, 'PS0029') && Object.keys(over.body).join() === 'errors'
      && Object.keys(over.body.errors[0]).sort().join() === 'code,description', over);
  const numberAmount = await rest('POST', `/operations/${paymentOf(overOrder)}/refunds`, {
    body: { amount: 5, currency: 'EUR' }, headers: { 'Idempotency-Key': idempotencyKey() } });
  check('an amount that is not a string of digits: 400 PS0026', numberAmount.status === 400 && errorShape(numberAmount.body, 'PS0026'), numberAmount);
  const wrongMethod = await rest('DELETE', `/orders/${encodeURIComponent(restOrder.orderId)}`, { key: READER });
  check('a wrong method: 405 with Allow, in the error shape',
    wrongMethod.status === 405 && !!wrongMethod.headers.get('allow') && errorShape(wrongMethod.body), { status: wrongMethod.status, body: wrongMethod.body });

  // --- contracts: lookup, and the body-less chunked deactivation ---
  let customer;
  let contracts = [];
  for (const customerId of [...new Set(listed.map((o) => o.order.customerId).filter(Boolean))]) {
    const found = await rest('GET', `/contracts/customers/${encodeURIComponent(customerId)}`, { key: READER });
    if (found.status === 200 && found.body?.contracts?.length > 0) {
      customer = customerId;
      contracts = found.body.contracts;
      break;
    }
  }
  check('GET /contracts/customers/{customerId} lists a customer\'s contracts', !!customer
    && contracts.every((c) => typeof c.contractId === 'string' && typeof c.contractType === 'string'), contracts);
  if (customer) {
    const contractId = contracts[0].contractId;
    const deactivated = await chunkedEmptyPost(`/contracts/${encodeURIComponent(contractId)}/deactivation`);
    check('POST deactivation, chunked, empty, Expect: 100-continue: 200', deactivated.status === 200, deactivated);
    const again = await chunkedEmptyPost(`/contracts/${encodeURIComponent(contractId)}/deactivation`);
    check('the same deactivation again: 400 PS0017', again.status === 400 && errorShape(again.body, 'PS0017'), again);
    const lookup = await rest('GET', `/contracts/customers/${encodeURIComponent(customer)}`, { key: READER });
    check('the deactivated contract is no longer listed', lookup.status === 200
      && !lookup.body.contracts.some((c) => c.contractId === contractId), lookup.body);
  }

  statusChanged.dispose();
  orderUpdated.dispose();
} catch (error) {
  check('the run completes', false, error.stack ?? String(error));
} finally {
  await ws.dispose();
}

finish();
