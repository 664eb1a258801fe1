import type { ClientSite, Consumer, ImpactedChange } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { clientConsumersJoin } from '../src/join/client-consumers.js';

const site = (file: string, line: number, schema: string, property: string, access: ClientSite['access'], symbol?: string): ClientSite => ({
  kind: 'client-site',
  service: 'web',
  schema,
  property,
  access,
  location: { file, line },
  ...(symbol === undefined ? {} : { symbol }),
});

const api = (operation: string, symbol: string, extra: Partial<Consumer> = {}): Consumer => ({
  kind: 'api',
  file: 'api/openapi.yaml',
  service: 'api',
  operation,
  pointer: `/components/schemas/${symbol.split('.')[0]}/properties/${symbol.split('.')[1]}`,
  symbol,
  ...extra,
});

const change = (kind: ImpactedChange['kind'], consumers: Consumer[]): ImpactedChange => ({
  id: `${kind}:public.users.email_address`,
  kind,
  table: 'public.users',
  column: 'email_address',
  severity: 'error',
  summary: kind,
  consumers,
});

/** `file:line access symbol field via operation status confidence` for each client consumer. */
const clients = (impacted: ImpactedChange): string[] =>
  impacted.consumers
    .filter((consumer) => consumer.kind === 'client')
    .map((c) => [`${c.file}:${c.line}`, c.access, c.symbol, c.field, `via ${c.operation}`, c.status, c.confidence].filter((part) => part !== undefined).join(' '));

const generated = site('web/src/api/model/userDto.ts', 4, 'UserDto', 'emailAddress', 'definition', 'UserDto.emailAddress');
const card = site('web/src/UserCard.tsx', 9, 'UserDto', 'emailAddress', 'read', 'UserCard');
const other = site('web/src/UserCard.tsx', 10, 'UserDto', 'name', 'read', 'UserCard');
const invoice = site('web/src/Invoice.tsx', 3, 'InvoiceDto', 'emailAddress', 'read', 'Invoice');

describe('client consumers: the generated client fields of an api consumer, and the code that reads them', () => {
  it('a dropped column: the generated field and each read of it, forgotten, named by the first operation; never another schema or field', () => {
    const dropped = change('column-dropped', [api('GET /users/{id}', 'UserDto.emailAddress', { chain: [{ file: 'api/users.ts', line: 3, step: 'read public.users.email_address' }] }), api('GET /users', 'UserDto.emailAddress')]);
    const result = clientConsumersJoin({ clientSites: [generated, card, other, invoice] })(dropped);
    expect(clients(result)).toEqual([
      'web/src/api/model/userDto.ts:4 definition UserDto.emailAddress UserDto.emailAddress via GET /users forgotten',
      'web/src/UserCard.tsx:9 read UserCard UserDto.emailAddress via GET /users forgotten',
    ]);
  });

  it('matches a generator re-casing the schema and the property (openapi-generator: user_dto -> UserDto, email_address -> emailAddress)', () => {
    const typed = change('column-type-changed', [api('GET /users', 'user_dto.email_address', { confidence: 'name-match' })]);
    expect(clients(clientConsumersJoin({ clientSites: [generated, card] })(typed))).toEqual([
      'web/src/api/model/userDto.ts:4 definition UserDto.emailAddress UserDto.emailAddress via GET /users name-match',
      'web/src/UserCard.tsx:9 read UserCard UserDto.emailAddress via GET /users name-match',
    ]);
  });

  it('two trees: a read the head still has is forgotten, one the change removed (the client regenerated) is handled', () => {
    const renamed = change('column-renamed', [api('GET /users', 'UserDto.emailAddress')]);
    const result = clientConsumersJoin({ clientSites: [generated, card], headClientSites: [{ ...card, location: { ...card.location, line: 12 } }] })(renamed);
    expect(clients(result)).toEqual([
      'web/src/UserCard.tsx:12 read UserCard UserDto.emailAddress via GET /users forgotten',
      'web/src/api/model/userDto.ts:4 definition UserDto.emailAddress UserDto.emailAddress via GET /users handled',
    ]);
  });

  it('a contract the change keeps (preserved behind a mapping) has no clients, and a change with no api consumer none either', () => {
    const preserved = change('column-renamed', [api('GET /users', 'UserDto.emailAddress', { contract: { status: 'preserved' } })]);
    expect(clients(clientConsumersJoin({ clientSites: [generated, card] })(preserved))).toEqual([]);
    const codeOnly = change('column-dropped', [{ kind: 'code', file: 'api/users.ts', line: 3, access: 'read' }]);
    expect(clientConsumersJoin({ clientSites: [generated, card] })(codeOnly)).toBe(codeOnly);
  });
});
