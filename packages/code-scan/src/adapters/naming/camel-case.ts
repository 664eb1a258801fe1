/** `contact_email` -> `contactEmail`: the spelling code gives a snake_case column (or a generator a wire name). */
export function camelCase(name: string): string {
  return name.replace(/[_-]+([a-zA-Z0-9])/g, (_, next: string) => next.toUpperCase());
}

/** `member_dto`, `member-dto`, `memberDto` -> `MemberDto`: a type's spelling of a name. */
export function pascalCase(name: string): string {
  return name
    .split(/[_\-\s]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** `member` -> `Member`, `group_members` -> `Group_members`: the first letter made upper case, nothing else. */
export function upperFirst(name: string): string {
  return name.slice(0, 1).toUpperCase() + name.slice(1);
}

/** `Role` -> `role`, `AppConfig` -> `appConfig`: how a value or a Prisma client property is named after a model. */
export function lowerFirst(name: string): string {
  return name.slice(0, 1).toLowerCase() + name.slice(1);
}

/** `twitterHandle`, `processed_at`, `CollectiveId`: a name of two words or more. */
export function isCompound(name: string): boolean {
  return /[a-z0-9][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]/.test(name);
}
