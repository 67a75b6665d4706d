/** A fresh idempotency key (1–64 characters): one per dialog opening, reused when the operator retries. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return `portal-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `portal-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
