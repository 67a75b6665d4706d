// The schema has no viewer query that names a key's role, so sign-in asks the API the only way it answers: a mutation
// with an empty idempotency key. A READ key is refused with FORBIDDEN before anything is read or written; an OPERATE key
// gets an InvalidInputError for the empty key. Nothing is ever written either way. Replace with a viewer query once one exists.
import { rawRequest } from '../../lib/client';
import type { Role } from '../../lib/session';

const PROBE = `mutation RoleProbe { deactivateContract(input: { contractId: "", idempotencyKey: "" }) { errors { __typename } } }`;
const CHECK = `query KeyCheck { orders(first: 1) { totalCount } }`;

export type SignInResult = { ok: true; role: Role } | { ok: false; message: string };

export async function checkKey(apiKey: string): Promise<SignInResult> {
  let check;
  try {
    check = await rawRequest<{ orders: { totalCount: number } | null }>(apiKey, CHECK);
  } catch {
    return { ok: false, message: 'The API cannot be reached. Check the connection and try again.' };
  }
  if (check.status === 401 || check.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'AUTH_NOT_AUTHENTICATED')) {
    return { ok: false, message: 'This API key is not valid.' };
  }
  if (!check.data?.orders) {
    return { ok: false, message: check.errors?.[0]?.message ?? `The API answered ${check.status}.` };
  }
  const probe = await rawRequest(apiKey, PROBE);
  const forbidden = probe.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;
  return { ok: true, role: forbidden ? 'READ' : 'OPERATE' };
}
