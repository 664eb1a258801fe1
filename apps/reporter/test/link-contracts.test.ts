import type { ApiChange, Consumer, ImpactedChange } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { linkContracts } from '../src/join/link-contracts.js';

const spec = 'api-contracts/openapi/openapi.yaml';
const tenantYaml = 'api-contracts/openapi/components/schemas/tenant.yaml';

function field(operation: string, file: string, pointer: string): Consumer {
  return { kind: 'api', file, service: 'openapi', operation, pointer, symbol: pointer.split('/').filter((part) => part !== 'properties').slice(1).join('.'), confidence: 'name-match' };
}

function change(kind: ImpactedChange['kind'], column: string, consumers: readonly Consumer[]): ImpactedChange {
  return { id: `${kind}:public.Tenant.${column}`, kind, table: 'public.Tenant', column, severity: 'error', summary: kind, consumers };
}

const removed: ApiChange = {
  kind: 'api-change',
  id: 'response-optional-property-removed',
  level: 'warning',
  operation: 'GET /api/v1/tenants/{tenant}',
  pointer: '/Tenant/properties/uiVersion',
  message: 'response property `uiVersion` (200): optional property removed',
  file: tenantYaml,
  fingerprint: '1e9374174b8caac6',
  base: { pointer: '/Tenant/properties/uiVersion', file: tenantYaml },
} as ApiChange;

describe('linkContracts', () => {
  it("a dropped column's field the head description keeps is forgotten, in a description split over files (hatchet's tenant.yaml)", () => {
    const dropped = change('column-dropped', 'uiVersion', [field('GET /api/v1/tenants/{tenant}', tenantYaml, '/Tenant/properties/uiVersion')]);
    const { changes } = linkContracts([dropped], [], new Set([spec, tenantYaml]));
    expect(changes[0]!.consumers.map((consumer) => [consumer.file, consumer.status, consumer.contract?.status])).toEqual([[tenantYaml, 'forgotten', undefined]]);
  });

  it('not when the head description removed the field (changed), nor for a description with no head to diff, nor for a rename matched by name', () => {
    const consumer = field('GET /api/v1/tenants/{tenant}', tenantYaml, '/Tenant/properties/uiVersion');
    const removedInHead = linkContracts([change('column-dropped', 'uiVersion', [consumer])], [removed], new Set([spec, tenantYaml])).changes[0]!.consumers[0]!;
    expect([removedInHead.status, removedInHead.contract?.status]).toEqual([undefined, 'changed']);
    const notDiffed = linkContracts([change('column-dropped', 'uiVersion', [consumer])], [], new Set([spec])).changes[0]!.consumers[0]!;
    expect([notDiffed.status, notDiffed.contract]).toEqual([undefined, undefined]);
    const renamed = linkContracts([change('column-renamed', 'uiVersion', [consumer])], [], new Set([spec, tenantYaml])).changes[0]!.consumers[0]!;
    expect([renamed.status, renamed.contract]).toEqual([undefined, undefined]);
  });
});
