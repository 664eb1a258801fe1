import type { ApiChange, ChainHop, Consumer, ImpactedChange } from '@ripple/model';

/**
 * One story from column to contract. Each api consumer at a field of a spec the report diffed (found by data flow, or
 * by name: the same story with `confidence: "name-match"` on the consumer) is tied to the head description's changes at
 * that field: `contract: { status: 'changed', apiChanges }` on the
 * consumer, and the column change's id in the `ApiChange`'s `columnChanges`. A renamed column whose fields the head
 * description keeps is `preserved`, with the hop that maps its value to the field's name (`email:
 * account.contactEmail`): the rename stays behind that line. An api consumer of a dropped column whose field the
 * head description keeps is `forgotten`, as code that still reads it is. Pure; linear in consumers times the changes
 * of their spec file.
 */
export function linkContracts(
  changes: readonly ImpactedChange[],
  apiChanges: readonly ApiChange[],
  diffedSpecs: ReadonlySet<string>,
): { readonly changes: readonly ImpactedChange[]; readonly apiChanges: readonly ApiChange[] } {
  const byFile = new Map<string, ApiChange[]>();
  for (const apiChange of apiChanges) {
    const file = apiChange.base?.file ?? apiChange.file;
    byFile.set(file, [...(byFile.get(file) ?? []), apiChange]);
  }
  const fed = new Map<string, Set<string>>();
  const linked = changes.map((change) => {
    const consumers = change.consumers.map((consumer): Consumer => {
      if (consumer.kind !== 'api' || consumer.pointer === undefined || consumer.file === undefined) return consumer;
      const touching = (byFile.get(consumer.file) ?? []).filter((apiChange) => touches(apiChange, consumer.pointer!));
      for (const apiChange of touching) (fed.get(apiChange.fingerprint) ?? fed.set(apiChange.fingerprint, new Set()).get(apiChange.fingerprint)!).add(change.id);
      if (touching.length > 0) return { ...consumer, contract: { status: 'changed', apiChanges: [...new Set(touching.map((apiChange) => apiChange.fingerprint))].sort() } };
      // The head description still has the field of a dropped column: the contract still promises it.
      if (change.kind === 'column-dropped' && diffedSpecs.has(consumer.file)) return { ...consumer, status: 'forgotten' };
      // A field matched by name only has no chain to show the contract kept by a mapping.
      if (consumer.chain === undefined || change.kind !== 'column-renamed' || !diffedSpecs.has(consumer.file)) return consumer;
      const mapping = mappingHop(consumer);
      return { ...consumer, contract: { status: 'preserved', ...(mapping === undefined ? {} : { mapping }) } };
    });
    return { ...change, consumers };
  });
  return {
    changes: linked,
    apiChanges: apiChanges.map((apiChange) => {
      const ids = fed.get(apiChange.fingerprint);
      return ids === undefined ? apiChange : { ...apiChange, columnChanges: [...ids].sort() };
    }),
  };
}

/**
 * Whether an API change is about the field at `pointer`: its place in the base description is the field or inside
 * it (`.../properties/email/type`), or it names the field as a property of the schema it points at.
 */
function touches(apiChange: ApiChange, pointer: string): boolean {
  const at = apiChange.base?.pointer ?? apiChange.pointer;
  if (at === pointer || at.startsWith(`${pointer}/`)) return true;
  return apiChange.property !== undefined && `${at}/properties/${apiChange.property.replaceAll('~', '~0').replaceAll('/', '~1')}` === pointer;
}

/** Whether one of the head description's changes is at an api consumer's field (its spec file, at or inside its pointer). */
export function contractChangesAt(consumer: Consumer, apiChanges: readonly ApiChange[]): boolean {
  const { file, pointer } = consumer;
  return file !== undefined && pointer !== undefined && apiChanges.some((apiChange) => (apiChange.base?.file ?? apiChange.file) === file && touches(apiChange, pointer));
}

/**
 * The hop that puts the column's value under the API field's name. Both chains run from the column to the
 * operation: a response's mapping is the first hop after the column's own that holds the field (`object literal
 * .email`); a request's is its first hop, the write or filter that takes the field into the column.
 */
function mappingHop(consumer: Consumer): ChainHop | undefined {
  const chain = consumer.chain ?? [];
  if (consumer.direction === 'request') return chain[0];
  const leaf = (consumer.field ?? '').split('.').at(-1) ?? '';
  return chain.slice(1).find((hop) => leaf !== '' && (hop.step.endsWith(` .${leaf}`) || hop.step.endsWith(`.${leaf}`))) ?? chain[1];
}
