import { lookup } from 'node:dns/promises';

import ipaddr from 'ipaddr.js';
import type { CustomFetch } from 'openid-client';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The issuer is typed by an admin of any organisation, and the server fetches it (and the token,
 * keys and userinfo addresses it advertises): without a check, anyone who signs up could make the
 * server call into its own network. Only public unicast addresses are reached; this machine's
 * loopback only where the installation allows plain-http providers (development, tests).
 */
export async function providerAddressProblem(url: URL, allowLoopback: boolean): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowLoopback && LOOPBACK_NAMES.has(url.hostname)) return null;
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  const refused = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
  return refused ? `${url.host} is not a public address (${refused})` : null;
}

/** fetch for openid-client that refuses addresses outside the public internet (see providerAddressProblem). */
export function guardedProviderFetch(allowLoopback: boolean): CustomFetch {
  return async (url, options) => {
    const problem = await providerAddressProblem(new URL(url), allowLoopback);
    if (problem) throw new Error(`Refused to reach the identity provider: ${problem}`);
    return fetch(url, options as RequestInit);
  };
}
