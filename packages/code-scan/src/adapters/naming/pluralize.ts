import { ownEntry } from '@ripple/model';

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', man: 'men', woman: 'women', child: 'children', mouse: 'mice', goose: 'geese' };
const UNCOUNTABLE = new Set(['data', 'information', 'equipment', 'series', 'species', 'news', 'sheep', 'fish', 'metadata']);

/**
 * English plural of the last word, keeping its case: `Customer` -> `Customers`, `Category` -> `Categories`,
 * `Address` -> `Addresses`, `Person` -> `People`. The rules of the `inflection` package Sequelize uses, for
 * the words model names are made of.
 */
export function pluralize(name: string): string {
  const match = /([A-Z]?[a-z]+|[A-Z]+)$/.exec(name);
  if (!match) return name;
  const word = match[1]!;
  const lower = word.toLowerCase();
  const head = name.slice(0, name.length - word.length);
  const keepCase = (plural: string): string => (word[0] === word[0]!.toUpperCase() ? plural[0]!.toUpperCase() + plural.slice(1) : plural);
  if (UNCOUNTABLE.has(lower)) return name;
  const irregular = ownEntry(IRREGULAR, lower);
  if (irregular) return head + keepCase(irregular);
  if (/[^aeiou]y$/.test(lower)) return head + word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(lower)) return head + word + 'es';
  return head + word + 's';
}

/**
 * `Collectives` -> `Collective`, `Categories` -> `Category`, `members` -> `member`: the singular whose plural
 * (`pluralize`) is the word, when one round-trips; undefined otherwise (`People`, `data`, a singular already).
 */
export function singularOf(plural: string): string | undefined {
  for (const candidate of [plural.replace(/ies$/, 'y'), plural.replace(/es$/, ''), plural.replace(/s$/, '')]) {
    if (candidate !== plural && pluralize(candidate) === plural) return candidate;
  }
  return undefined;
}
