import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Why a remote `$ref` must not be fetched, or `undefined` when it may be: a host that is, or resolves to, a
 * loopback, private-network, link-local or unspecified address. A description from an untrusted pull request must
 * not make the CI runner read its own network (cloud metadata at 169.254.169.254, services on localhost).
 */
export async function refuseRemoteRef(url: string): Promise<string | undefined> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'not a valid URL';
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback address`;
  const addresses = isIP(host) !== 0 ? [host] : await lookup(host, { all: true }).then(
    (found) => found.map((entry) => entry.address),
    () => [] as string[],
  );
  if (addresses.length === 0) return `${host} does not resolve`;
  for (const address of addresses) {
    const kind = addressKind(address);
    const article = kind?.startsWith('u') ? 'an' : 'a';
    if (kind !== undefined) return address === host ? `${host} is ${article} ${kind} address` : `${host} resolves to ${address}, ${article} ${kind} address`;
  }
  return undefined;
}

function addressKind(address: string): string | undefined {
  // IPv4-mapped IPv6, as written (`::ffff:127.0.0.1`) or as URL normalises it (`::ffff:7f00:1`).
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return addressKind(mapped);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex?.[1] !== undefined && hex[2] !== undefined) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return addressKind(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private-network';
    if (a === 169 && b === 254) return 'link-local';
    if (a === 0) return 'unspecified';
    return undefined;
  }
  const lower = address.toLowerCase();
  if (lower === '::1') return 'loopback';
  if (lower === '::') return 'unspecified';
  if (/^f[cd][0-9a-f]{2}:/.test(lower)) return 'private-network';
  if (/^fe[89ab][0-9a-f]:/.test(lower)) return 'link-local';
  return undefined;
}
