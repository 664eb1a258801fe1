import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const schema = snapshotOf({
  'public.notification': ['id', 'to', 'channel', 'template', 'data', 'receiver_id', 'idempotency_key', 'status', 'provider_id', 'created_at', 'updated_at', 'deleted_at'],
  'public.notification_provider': ['id', 'handle', 'name', 'is_enabled', 'channels', 'created_at', 'updated_at', 'deleted_at'],
  'public.notification_charge': ['id', 'amount', 'raw_amount', 'currency_code', 'created_at', 'updated_at', 'deleted_at'],
});

describe('medusa-dml adapter', () => {
  it('model.define tables and columns, belongsTo keys, bigNumber raw columns, internal service queries and InferEntityType rows', async () => {
    const { sites, diagnostics } = await scanFixture('medusa-dml', 'notification-module', { schema });
    // Every model has created_at, updated_at and deleted_at (at its define call); a bigNumber is two columns; a
    // belongsTo holds <name>_id; a hasMany holds none. The service's reads, filters, order and writes go through its
    // internal service typed IMedusaInternalService<typeof Notification> and rows typed InferEntityType<...>. Not
    // listed: the project DSL also named `model` (src/dsl/) and the plain object's `to` in `describe`.
    expect(sites).toEqual([
      'src/models/notification-charge.ts:3:35 public.notification_charge.created_at definition medusa-dml NotificationCharge.created_at',
      'src/models/notification-charge.ts:3:35 public.notification_charge.deleted_at definition medusa-dml NotificationCharge.deleted_at',
      'src/models/notification-charge.ts:3:35 public.notification_charge.updated_at definition medusa-dml NotificationCharge.updated_at',
      'src/models/notification-charge.ts:6:5 public.notification_charge.id definition medusa-dml NotificationCharge.id',
      'src/models/notification-charge.ts:7:5 public.notification_charge.amount definition medusa-dml NotificationCharge.amount',
      'src/models/notification-charge.ts:7:5 public.notification_charge.raw_amount definition medusa-dml NotificationCharge.amount',
      'src/models/notification-charge.ts:8:5 public.notification_charge.currency_code definition medusa-dml NotificationCharge.currency_code',
      'src/models/notification-provider.ts:4:37 public.notification_provider.created_at definition medusa-dml NotificationProvider.created_at',
      'src/models/notification-provider.ts:4:37 public.notification_provider.deleted_at definition medusa-dml NotificationProvider.deleted_at',
      'src/models/notification-provider.ts:4:37 public.notification_provider.updated_at definition medusa-dml NotificationProvider.updated_at',
      'src/models/notification-provider.ts:5:3 public.notification_provider.id definition medusa-dml NotificationProvider.id',
      'src/models/notification-provider.ts:6:3 public.notification_provider.handle definition medusa-dml NotificationProvider.handle',
      'src/models/notification-provider.ts:7:3 public.notification_provider.name definition medusa-dml NotificationProvider.name',
      'src/models/notification-provider.ts:8:3 public.notification_provider.is_enabled definition medusa-dml NotificationProvider.is_enabled',
      'src/models/notification-provider.ts:9:3 public.notification_provider.channels definition medusa-dml NotificationProvider.channels',
      'src/models/notification.ts:5:29 public.notification.created_at definition medusa-dml Notification.created_at',
      'src/models/notification.ts:5:29 public.notification.deleted_at definition medusa-dml Notification.deleted_at',
      'src/models/notification.ts:5:29 public.notification.updated_at definition medusa-dml Notification.updated_at',
      'src/models/notification.ts:7:5 public.notification.id definition medusa-dml Notification.id',
      'src/models/notification.ts:9:5 public.notification.to definition medusa-dml Notification.to',
      'src/models/notification.ts:10:5 public.notification.channel definition medusa-dml Notification.channel',
      'src/models/notification.ts:11:5 public.notification.template definition medusa-dml Notification.template',
      'src/models/notification.ts:12:5 public.notification.data definition medusa-dml Notification.data',
      'src/models/notification.ts:13:5 public.notification.receiver_id definition medusa-dml Notification.receiver_id',
      'src/models/notification.ts:14:5 public.notification.idempotency_key definition medusa-dml Notification.idempotency_key',
      'src/models/notification.ts:15:5 public.notification.status definition medusa-dml Notification.status',
      'src/models/notification.ts:16:5 public.notification.provider_id definition medusa-dml Notification.provider',
      'src/services/notification-module-service.ts:20:9 public.notification.receiver_id filter medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:20:34 public.notification.status filter medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:21:18 public.notification.id read medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:21:24 public.notification.to read medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:21:30 public.notification.channel read medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:21:51 public.notification.created_at order medusa-dml NotificationModuleService.pendingFor',
      'src/services/notification-module-service.ts:27:65 public.notification.to write medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:27:78 public.notification.channel write medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:27:101 public.notification.template write medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:28:58 public.notification.idempotency_key filter medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:28:83 public.notification.id read medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:28:97 public.notification.status write medusa-dml NotificationModuleService.send',
      'src/services/notification-module-service.ts:35:28 public.notification.channel read medusa-dml NotificationModuleService.describe',
      'src/services/notification-module-service.ts:35:55 public.notification.to read medusa-dml NotificationModuleService.describe',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
