// One graphql-ws subscription's events as they arrive ({ value, receivedAt } or { error }), with a wait for the first
// that matches: shared by the reference client and the REST door's client.
export function subscribe(client, query, variables) {
  const events = [];
  const waiters = [];
  const dispose = client.subscribe({ query, variables }, {
    next: (value) => {
      events.push({ value, receivedAt: Date.now() });
      waiters.splice(0).forEach((w) => w());
    },
    error: (error) => events.push({ error }),
    complete: () => {},
  });
  const waitFor = async (predicate, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = events.find(predicate);
      if (found) return found;
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 100); });
    }
    return undefined;
  };
  return { events, waitFor, dispose };
}
