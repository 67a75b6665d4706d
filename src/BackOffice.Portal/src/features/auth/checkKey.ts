// Sign-in asks the API who the key is (the viewer query): a wrong key is refused, a right one names its merchant and role.
import { graphql } from '../../gql';
import { rawRequest } from '../../lib/client';
import type { Session } from '../../lib/session';

const ViewerQuery = graphql(`
  query Viewer {
    viewer { merchantId merchantName keyName role }
  }
`);

export type SignInResult = { ok: true; session: Session } | { ok: false; message: string };

export async function checkKey(apiKey: string): Promise<SignInResult> {
  let answer;
  try {
    answer = await rawRequest(apiKey, ViewerQuery);
  } catch {
    return { ok: false, message: 'The API cannot be reached. Check the connection and try again.' };
  }
  if (answer.status === 401 || answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    return { ok: false, message: 'This API key is not valid.' };
  }
  const viewer = answer.data?.viewer;
  if (!viewer) return { ok: false, message: answer.errors?.[0]?.message ?? `The API answered ${answer.status}.` };
  return { ok: true, session: { apiKey, role: viewer.role, merchantName: viewer.merchantName, keyName: viewer.keyName } };
}
