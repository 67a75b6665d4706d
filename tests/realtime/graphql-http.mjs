// A GraphQL request over HTTP as a test client's arrange/act step: the data, or an exception carrying the errors.
export async function graphqlOverHttp(httpUrl, query, variables, key) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
