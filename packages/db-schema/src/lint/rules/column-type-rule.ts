import type { Level } from '@ripple/model';
import type { LintRule } from '../lint-rule.js';
import { typeNameOf, type TypeName } from '../statement-node.js';
import { definedColumns } from './column-edits.js';

/** A rule about the type a new column is given: precise, future-proof types from the start. */
export function columnTypeRule(rule: {
  readonly id: string;
  readonly origin: LintRule['origin'];
  readonly formerIds?: readonly string[];
  readonly level: Level;
  readonly docs: string;
  /** Whether an array of the type gets the advice too (default: only the type itself). */
  readonly arrays?: boolean;
  /** The advice for a column of this type, or undefined when the type is fine. */
  readonly advice: (type: string, typeName: TypeName) => string | undefined;
}): LintRule {
  return {
    id: rule.id,
    origin: rule.origin,
    ...(rule.formerIds ? { formerIds: rule.formerIds } : {}),
    level: rule.level,
    docs: rule.docs,
    check: (statement) =>
      definedColumns(statement).flatMap(({ table, column }) => {
        if (!column.typeName || (rule.arrays !== true && (column.typeName.arrayBounds?.length ?? 0) > 0)) return [];
        const advice = rule.advice(typeNameOf(column.typeName), column.typeName);
        if (advice === undefined) return [];
        return [{ message: `${table}.${column.colname ?? '?'}: ${advice}`, ...(column.typeName.location !== undefined ? { offset: column.typeName.location } : {}) }];
      }),
  };
}
