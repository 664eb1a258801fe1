/**
 * `createdAt` -> `created_at`, `HTTPRequest` -> `http_request`: the snake_case every ORM's underscore naming
 * strategy uses (TypeORM's `snakeCase`, MikroORM's `UnderscoreNamingStrategy`, Sequelize's `underscored`).
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}
