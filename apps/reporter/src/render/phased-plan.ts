import type { Consumer, ImpactedChange } from '@ripple/model';

/**
 * The expand / migrate writers / verify reads / contract steps that ship a change without downtime, naming the
 * consumers each step touches. Empty for changes that need no phasing (added nullable columns, defaults).
 */
export function phasedPlan(change: ImpactedChange): readonly string[] {
  const column = `${change.table}.${change.column}`;
  // Code, jobs and tests use the column; api consumers and their clients follow the field.
  const code = change.consumers.filter((consumer) => consumer.kind !== 'api' && consumer.kind !== 'client');
  const writers = placesOf(code, (consumer) => consumer.access === 'write' || consumer.access === 'definition');
  const readers = placesOf(code, (consumer) => consumer.access === 'read' || consumer.access === 'filter' || consumer.access === 'order');
  const dbObjects = change.consumers.filter((consumer) => consumer.kind === 'db-object').map((consumer) => consumer.object ?? '');
  const apis = [...new Set(change.consumers.filter((consumer) => consumer.kind === 'api').map((consumer) => consumer.operation ?? ''))];
  // The API clients follow the field, not the column: they move with the contract.
  const clients = placesOf(change.consumers, (consumer) => consumer.kind === 'client');
  const withClients = clients.length > 0 ? ` (regenerate its in-repo clients and move their readers${list(clients)})` : '';
  switch (change.kind) {
    case 'column-renamed':
      return [
        `Expand: add \`${change.newColumn}\` beside \`${change.column}\`, backfill it in batches, and keep both in step (a trigger, or dual writes).`,
        `Migrate writers to \`${change.newColumn}\`${list(writers)}.`,
        `Verify reads: move readers to \`${change.newColumn}\`${list(readers)}${apis.length ? `; keep the API field stable for ${apis.join(', ')} or version it${withClients}` : ''}.`,
        `Contract: drop \`${column}\` in a later release, after every consumer above is deployed${dbObjects.length ? `; recreate ${dbObjects.join(', ')} on the new column` : ''}.`,
      ];
    case 'column-dropped':
      return [
        `Stop writing \`${column}\`${list(writers)}.`,
        `Stop reading it${list(readers)}${apis.length ? `; deprecate the field in ${apis.join(', ')}${withClients}` : ''}.`,
        `Deploy those changes, then drop the column in a later migration${dbObjects.length ? ` (it takes ${dbObjects.join(', ')} with it)` : ''}.`,
      ];
    case 'column-type-changed':
      return [
        `Expand: add a new \`${change.to}\` column and backfill it in batches (an in-place ALTER TYPE from ${change.from} rewrites the table under an ACCESS EXCLUSIVE lock).`,
        `Migrate writers to write both${list(writers)}.`,
        `Verify reads: readers must parse \`${change.to}\` values (node-postgres returns numeric and bigint as strings)${list(readers)}.`,
        `Contract: swap the columns and drop the old one in a later release.`,
      ];
    case 'column-nullability-changed':
      return [
        `Backfill nulls first, then add the constraint as \`CHECK (${change.column} IS NOT NULL) NOT VALID\`, VALIDATE it, and only then SET NOT NULL (no long lock).`,
        `Make sure every writer sets the column${list(writers)}.`,
      ];
    case 'column-constraint-changed':
      return change.summary.includes(' dropped')
        ? []
        : [
            `Add the constraint \`NOT VALID\` (a unique one through an index built CONCURRENTLY, then \`USING INDEX\`), and VALIDATE it in a separate step.`,
            `Make sure every writer satisfies it before it is validated${list(writers)}.`,
          ];
    case 'column-identity-changed':
    case 'column-generated-changed':
      return [`Make sure no writer sets the column itself any more${list(writers)}; then run the migration.`];
    case 'column-added':
    case 'column-default-changed':
    case 'column-index-changed':
      return [];
  }
}

/** The `file:line` of the consumers kept. */
function placesOf(consumers: readonly Consumer[], keep: (consumer: Consumer) => boolean): readonly string[] {
  return [...new Set(consumers.filter((consumer) => consumer.file !== undefined && keep(consumer)).map((consumer) => `${consumer.file}:${consumer.line}`))];
}

function list(places: readonly string[]): string {
  if (places.length === 0) return '';
  const shown = places.slice(0, 5).map((place) => `\`${place}\``);
  return `: ${shown.join(', ')}${places.length > 5 ? ` and ${places.length - 5} more` : ''}`;
}
