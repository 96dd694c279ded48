/** A GraphQL `Message` as the API answers it (params as name/value pairs), for specs that flush one. */
export function gqlMessage(code: string, params: Record<string, string> = {}, text = '') {
  return {
    __typename: 'Message' as const,
    code,
    params: Object.entries(params).map(([name, value]) => ({ __typename: 'MessageParam' as const, name, value })),
    text,
  };
}
