// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a running API.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql API_KEY
// Prints one line per audit, the counts per requirement level, and a closing "conformance: N passed, N failed"
// line; exits non-zero when any audit fails (MUST, SHOULD or MAY: the aim is all of them).
import { auditServer } from 'graphql-http';

const [url, apiKey] = process.argv.slice(2);
if (!url || !apiKey) {
  console.error('usage: node audit.mjs <graphql url> <api key>');
  process.exit(2);
}

// Every audit request carries the key, as any client of this API must.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('X-Api-Key', apiKey);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });
const levels = { MUST: { ok: 0, failed: 0 }, SHOULD: { ok: 0, failed: 0 }, MAY: { ok: 0, failed: 0 } };
for (const result of results) {
  const level = result.name.split(' ')[0];
  const ok = result.status === 'ok';
  levels[level][ok ? 'ok' : 'failed']++;
  const detail = ok ? '' : ` -- ${result.reason}${result.response ? ` (status ${result.response.status})` : ''}`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${result.id} ${result.name}${detail}`);
}

for (const [level, { ok, failed }] of Object.entries(levels)) {
  console.log(`${level}: ${ok} passed, ${failed} failed`);
}
const passed = results.filter((r) => r.status === 'ok').length;
console.log(`conformance: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
