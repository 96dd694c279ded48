/** Seeds data through the public GraphQL API, as a user would through any client. */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(`Seeding failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface Session {
  token: string;
  user: { id: string; email: string; name: string };
}

export async function signUp(url: string, name: string): Promise<Session> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.test`;
  const data = await graphql<{ signUp: Session }>(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id email name } } }', {
    i: { email, password: 'a sturdy passphrase', name },
  });
  return data.signUp;
}
