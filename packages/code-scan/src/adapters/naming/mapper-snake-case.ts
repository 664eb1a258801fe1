/**
 * The snake_case of the identifier mappers that let code use camelCase, Kysely's `CamelCasePlugin` and
 * Objection's `knexSnakeCaseMappers` (one algorithm), with their default options: the first character
 * lower-cased, then an underscore before each upper-case letter that does not follow another one
 * (`fullName` -> `full_name`, `userID` -> `user_id`, `HTTPRequest` -> `httprequest`), unlike ./snake-case.ts.
 */
export function mapperSnakeCase(name: string): string {
  let out = '';
  for (let index = 0; index < name.length; index += 1) {
    const char = name[index]!;
    const lower = char.toLowerCase();
    out += index > 0 && isUpper(char) && !isUpper(name[index - 1]!) ? `_${lower}` : lower;
  }
  return out;
}

function isUpper(char: string): boolean {
  return char === char.toUpperCase() && char !== char.toLowerCase();
}
