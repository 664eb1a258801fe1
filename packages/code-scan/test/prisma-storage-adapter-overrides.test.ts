import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  attachments: ['id', 'token', 'path', 'bucket', 'mimetype'],
  exports: ['id', 'bucket', 'path'],
});

describe("a column's value handed to a method of an abstract class its implementations override", () => {
  it('storage-adapter-overrides: the destructured read reaches the parameter named like the column in the abstract method and in each implementation; another table\'s column and a computed value do not', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'storage-adapter-overrides', { schema: SCHEMA });
    expect(sites.filter((site) => site.includes('.bucket read flow'))).toEqual([
      // `const { path, bucket } = item` handed to the class's own private method, then to `this.storageAdapter.getPreviewUrl`.
      'src/attachments/attachments-storage.service.ts:21:37 public.attachments.bucket read flow AttachmentsStorageService.getPreviewUrlByPath',
      'src/attachments/plugins/adapter.ts:7:26 public.attachments.bucket read flow StorageAdapter.getPreviewUrl',
      // `exports.bucket` reaches the same adapter: a read of that column, not of `attachments.bucket`.
      'src/attachments/plugins/adapter.ts:7:26 public.exports.bucket read flow StorageAdapter.getPreviewUrl',
      // `class LocalStorage implements StorageAdapter`: the override, and the private helper it hands the value to.
      'src/attachments/plugins/local.ts:7:18 public.attachments.bucket read flow LocalStorage.getUrl',
      'src/attachments/plugins/local.ts:7:18 public.exports.bucket read flow LocalStorage.getUrl',
      'src/attachments/plugins/local.ts:11:23 public.attachments.bucket read flow LocalStorage.getPreviewUrl',
      'src/attachments/plugins/local.ts:11:23 public.exports.bucket read flow LocalStorage.getPreviewUrl',
      'src/attachments/plugins/minio.ts:10:23 public.attachments.bucket read flow MinioStorage.getPreviewUrl',
      'src/attachments/plugins/minio.ts:10:23 public.exports.bucket read flow MinioStorage.getPreviewUrl',
    ]);
    // A bucket from configuration handed to a class that implements nothing: no column.
    expect(sites.some((site) => site.startsWith('src/storage-report/report-storage.ts'))).toBe(false);
    expect(diagnostics).toEqual([]);
  });
});
