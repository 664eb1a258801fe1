export type { Acceptance } from './acceptance.js';
export type { ApiChange, ApiLocation } from './api-change.js';
export type { ApiDirection, ApiEndpoint, ApiFlow, ApiRoute, ChainHop, ClientSite } from './api-flow.js';
export { routeServes } from './api-flow.js';
export type {
  ColumnAdded,
  ColumnChange,
  ColumnChangeBase,
  ColumnChangeKind,
  ColumnDefaultChanged,
  ColumnDropped,
  ColumnNullabilityChanged,
  ColumnRenamed,
  ColumnTypeChanged,
} from './column-change.js';
export type {
  ColumnConstraintChanged,
  ColumnDetailChange,
  ColumnDetailChangeKind,
  ColumnGeneratedChanged,
  ColumnIdentityChanged,
  ColumnIndexChanged,
  ObjectChange,
} from './column-detail-change.js';
export type { ColumnRef, TableRef } from './column-ref.js';
export { formatColumnRef, formatTableRef, parseColumnRef, sameColumn, sameTable } from './column-ref.js';
export type { Consumer, ConsumerKind, ConsumerStatus, ContractEffect } from './consumer.js';
export type { Diagnostic, Finding } from './finding.js';
export { formatDiagnosticLocation } from './finding.js';
export { fingerprint } from './fingerprint.js';
export type { Nesting } from './nesting.js';
export { MAX_NESTING, nestingBeyond } from './nesting.js';
export type { ImpactedChange, ImpactReport, ReportInputs } from './impact-report.js';
export { IMPACT_REPORT_SCHEMA_VERSION } from './impact-report.js';
export type { Level } from './level.js';
export { isLevel, levelRank, levelReaches } from './level.js';
export type { Location } from './location.js';
export { compareLocations, compareStrings } from './location.js';
export type { ErrorLocation } from './ripple-error.js';
export { formatRippleError, isRippleError, RippleError } from './ripple-error.js';
export type {
  ColumnDependency,
  ColumnSnapshot,
  ConstraintKind,
  ConstraintSnapshot,
  DependentObjectKind,
  DomainSnapshot,
  EnumSnapshot,
  ExtensionSnapshot,
  ForeignKeyAction,
  FunctionSnapshot,
  IndexSnapshot,
  PolicySnapshot,
  RelationKind,
  SchemaSnapshot,
  SequenceSnapshot,
  TableSnapshot,
  TriggerSnapshot,
  ViewSnapshot,
} from './schema-snapshot.js';
export type { Access, ServiceKind, Usage, UsageConfidence } from './usage.js';
export type {
  ColumnAccessChange,
  CouplingChange,
  DeadColumn,
  DeadColumnConfidence,
  DriftColumn,
  MapCell,
  MapColumn,
  MapEvidence,
  MapOperation,
  MapService,
  MapTable,
  SharedTable,
  SystemMap,
  SystemMapDiff,
} from './system-map.js';
export { SYSTEM_MAP_SCHEMA_VERSION } from './system-map.js';
export { nameKey } from './name-key.js';
export { ownEntry } from './own-entry.js';
