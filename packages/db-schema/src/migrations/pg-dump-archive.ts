import { inflateSync } from 'node:zlib';
import { RippleError } from '@ripple/model';

/**
 * pg_dump's custom archive format (`pg_dump -Fc`, files that start with `PGDMP`) and tar format (`pg_dump -Ft`: a
 * tar file whose `toc.dat` member is the same table of contents and whose `NNNN.dat` members hold each table's
 * data), read without `pg_restore`: the table of contents holds every object's SQL as text, in the order pg_dump
 * sorted them. Read here as `pg_archiver.c`'s ReadHead and ReadToc write it down, for archive versions 1.12
 * (PostgreSQL 9.6 and later) up to 1.16 (PostgreSQL 17).
 */

/** One table-of-contents entry: an object of the dump and the SQL that creates it. */
export interface ArchiveEntry {
  readonly dumpId: number;
  /** `TABLE`, `INDEX`, `FK CONSTRAINT`, `TABLE DATA`, `SEQUENCE SET`, `ACL`, `COMMENT`, ... */
  readonly desc: string;
  readonly tag: string;
  readonly namespace: string | undefined;
  readonly section: ArchiveSection;
  /** The SQL that creates the object, as `pg_restore` prints it; empty for data entries. */
  readonly defn: string;
  /** For a TABLE DATA entry: the `COPY table (columns) FROM stdin;` its rows are for. */
  readonly copyStmt: string | undefined;
  /** In a tar archive: the member holding the entry's data (`4119.dat`). */
  readonly dataFile?: string;
}

export type ArchiveSection = 'none' | 'pre-data' | 'data' | 'post-data';

export interface DumpArchive {
  /** `1.14.0`: the archive format version (1.14 is PostgreSQL 12 to 15, 1.15 PostgreSQL 16, 1.16 PostgreSQL 17). */
  readonly version: string;
  readonly database: string | undefined;
  /** The server version the dump was taken from and the pg_dump that took it. */
  readonly serverVersion: string | undefined;
  readonly dumpVersion: string | undefined;
  readonly entries: readonly ArchiveEntry[];
  /** How the data blocks are compressed: `none`, `gzip` (zlib), or one this reader cannot inflate. */
  readonly compression: 'none' | 'gzip' | 'lz4' | 'zstd';
  /** The byte offset of the first data block, right after the table of contents. */
  readonly dataStart: number;
  /** The byte widths of the archive's integers and offsets, from its header. */
  readonly intSize: number;
  readonly offsetSize: number;
  /** A tar archive's members by name (their bytes); absent for the custom format. */
  readonly members?: ReadonlyMap<string, Uint8Array>;
}

const MAGIC = 'PGDMP';
const FORMATS = ['unknown', 'custom', 'files', 'tar', 'null', 'directory'] as const;
const SECTIONS: Readonly<Record<number, ArchiveSection>> = { 1: 'none', 2: 'pre-data', 3: 'data', 4: 'post-data' };
const OLDEST = version(1, 12);
const NEWEST = version(1, 16, 255);

function version(major: number, minor: number, revision = 0): number {
  return (major * 256 + minor) * 256 + revision;
}

/** Whether a file's first bytes are a pg_dump archive's: the custom format's signature, or a tar file (`-Ft`). */
export function isDumpArchive(bytes: Uint8Array): boolean {
  return startsWithMagic(bytes) || isTar(bytes);
}

function startsWithMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') === MAGIC;
}

/** A POSIX tar header's `ustar` magic at byte 257 of the first block. */
function isTar(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && Buffer.from(bytes.subarray(257, 262)).toString('latin1') === 'ustar';
}

const TAR_BLOCK = 512;

/** A tar file's regular members by name; a header whose size runs past the end is an error naming its byte. */
function tarMembers(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  const members = new Map<string, Uint8Array>();
  for (let at = 0; at + TAR_BLOCK <= bytes.length; ) {
    const header = Buffer.from(bytes.subarray(at, at + TAR_BLOCK));
    if (header.every((byte) => byte === 0)) break; // the end-of-archive blocks
    const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
    const size = Number.parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const start = at + TAR_BLOCK;
    if (!Number.isFinite(size) || size < 0 || start + size > bytes.length) {
      throw new RippleError('migration/base-schema-unreadable', `${file}: byte ${at}: tar member ${JSON.stringify(name)} runs past the end of the file`, { file, line: 1 });
    }
    const type = header.toString('latin1', 156, 157);
    if (type === '0' || type === '\0') members.set(name, bytes.subarray(start, start + size));
    at = start + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return members;
}

/**
 * The header and table of contents of a custom-format archive. A truncated or foreign file, another archive
 * format or a version outside 1.12 to 1.16 is a `migration/base-schema-unreadable` error naming the file and the
 * byte offset.
 */
export function readDumpArchive(bytes: Uint8Array, file: string): DumpArchive {
  if (!startsWithMagic(bytes) && isTar(bytes)) {
    const members = tarMembers(bytes, file);
    const toc = members.get('toc.dat');
    if (toc === undefined) throw new RippleError('migration/base-schema-unreadable', `${file}: a tar file without a toc.dat member: not a pg_dump -Ft archive`, { file, line: 1 });
    return { ...readTableOfContents(toc, `${file} (toc.dat)`, 3), members };
  }
  return readTableOfContents(bytes, file, 1);
}

/** The header and entries of a table of contents: a custom archive's start, or a tar archive's `toc.dat`. */
function readTableOfContents(bytes: Uint8Array, file: string, expectedFormat: 1 | 3): DumpArchive {
  const reader: ArchiveReader = new ArchiveReader(bytes, file);
  if (reader.bytes(MAGIC.length).toString('latin1') !== MAGIC) reader.fail('not a pg_dump archive (no PGDMP signature)');
  const [major, minor, revision] = [reader.byte(), reader.byte(), reader.byte()];
  const archiveVersion = version(major, minor, revision);
  const versionText = `${major}.${minor}.${revision}`;
  if (archiveVersion < OLDEST || archiveVersion > NEWEST) {
    reader.fail(`archive version ${versionText} is not read here (1.12, pg_dump 9.6, to 1.16, pg_dump 17); convert it with \`pg_restore --schema-only -f schema.sql\``);
  }
  reader.intSize = reader.byte();
  if (reader.intSize < 1 || reader.intSize > 8) reader.fail(`integer size ${reader.intSize} is impossible`);
  reader.offsetSize = reader.byte();
  const format = reader.byte();
  if (format !== expectedFormat) reader.fail(`a pg_dump ${FORMATS[format] ?? `format ${format}`} archive; only the custom (-Fc) and tar (-Ft) formats are read: convert it with \`pg_restore --schema-only -f schema.sql\``);
  const compression = archiveVersion >= version(1, 15) ? (['none', 'gzip', 'lz4', 'zstd'] as const)[reader.byte()] : reader.int() === 0 ? 'none' : 'gzip';
  if (compression === undefined) reader.fail('unknown compression algorithm');
  for (let field = 0; field < 7; field += 1) reader.int(); // creation time: sec, min, hour, mday, mon, year, isdst
  const database = reader.string();
  const serverVersion = reader.string();
  const dumpVersion = reader.string();
  const count = reader.int();
  if (count < 0) reader.fail(`negative entry count ${count}`);
  const entries: ArchiveEntry[] = [];
  for (let index = 0; index < count; index += 1) entries.push(readEntry(reader, archiveVersion, expectedFormat));
  return { version: versionText, database, serverVersion, dumpVersion, entries, compression, dataStart: reader.at, intSize: reader.intSize, offsetSize: reader.offsetSize };
}

const BLOCK_DATA = 1;
const BLOCK_BLOBS = 3;

/**
 * The COPY text of one TABLE DATA entry (tab-separated rows, `\N` for null), read by walking the data blocks after
 * the table of contents (pg_dump to a pipe writes no offsets). `undefined` when the archive holds no data for it.
 */
export function archiveTableData(bytes: Uint8Array, archive: DumpArchive, entry: ArchiveEntry, file: string): string | undefined {
  if (archive.members !== undefined) {
    const member = entry.dataFile === undefined ? undefined : archive.members.get(entry.dataFile);
    return member === undefined ? undefined : Buffer.from(member).toString('utf8');
  }
  if (archive.compression === 'lz4' || archive.compression === 'zstd') {
    throw new RippleError('migration/base-schema-unreadable', `${file}: its data is ${archive.compression}-compressed, which is not read here; dump with -Z gzip or -Z 0`, { file, line: 1 });
  }
  const reader: ArchiveReader = new ArchiveReader(bytes, file);
  reader.intSize = archive.intSize;
  reader.offsetSize = archive.offsetSize;
  reader.at = archive.dataStart;
  while (reader.at < bytes.length) {
    const type = reader.byte();
    if (type === BLOCK_BLOBS) {
      reader.int(); // dump id
      while (reader.int() !== 0) reader.skipChunks(); // each large object: its oid, then its chunks
      continue;
    }
    if (type !== BLOCK_DATA) reader.fail(`unknown data block type ${type}`);
    const dumpId = reader.int();
    if (dumpId !== entry.dumpId) {
      reader.skipChunks();
      continue;
    }
    const data = reader.chunks();
    return (archive.compression === 'gzip' ? inflateSync(data) : data).toString('utf8');
  }
  return undefined;
}

function readEntry(reader: ArchiveReader, archiveVersion: number, format: 1 | 3): ArchiveEntry {
  const dumpId = reader.int();
  reader.int(); // had a data dumper
  reader.string(); // catalog table oid
  reader.string(); // object oid
  const tag = reader.string() ?? '';
  const desc = reader.string() ?? '';
  const sectionCode = reader.int();
  const section = SECTIONS[sectionCode];
  if (section === undefined) reader.fail(`entry ${dumpId} (${desc} ${tag}) has section ${sectionCode}`);
  const defn = reader.string() ?? '';
  reader.string(); // drop statement
  const copyStmt = reader.string();
  const namespace = reader.string();
  reader.string(); // tablespace
  if (archiveVersion >= version(1, 14)) reader.string(); // table access method
  if (archiveVersion >= version(1, 16)) reader.int(); // relkind
  reader.string(); // owner
  reader.string(); // "false": WITH OIDS, no longer supported
  while (reader.string() !== undefined); // dependencies, ended by a null string
  if (format === 3) {
    // The tar format's extra field: the member holding the entry's data.
    const dataFile = reader.string();
    return { dumpId, desc, tag, namespace, section, defn, copyStmt, ...(dataFile === undefined ? {} : { dataFile }) };
  }
  reader.offset(); // where the entry's data is
  return { dumpId, desc, tag, namespace, section, defn, copyStmt };
}

/** The archive's integers (a sign byte and `intSize` little-endian bytes), strings and offsets, bounds-checked. */
class ArchiveReader {
  at = 0;
  intSize = 4;
  offsetSize = 8;

  constructor(
    private readonly data: Uint8Array,
    private readonly file: string,
  ) {}

  fail(why: string): never {
    throw new RippleError('migration/base-schema-unreadable', `${this.file}: byte ${this.at}: ${why}`, { file: this.file, line: 1 });
  }

  private need(count: number): void {
    if (this.at + count > this.data.length) this.fail(`the archive ends inside its table of contents (${count} more bytes expected)`);
  }

  byte(): number {
    this.need(1);
    return this.data[this.at++]!;
  }

  bytes(count: number): Buffer {
    this.need(count);
    const slice = Buffer.from(this.data.subarray(this.at, this.at + count));
    this.at += count;
    return slice;
  }

  int(): number {
    const negative = this.byte() !== 0;
    this.need(this.intSize);
    let value = 0;
    for (let index = 0; index < this.intSize; index += 1) value += this.data[this.at + index]! * 2 ** (8 * index);
    this.at += this.intSize;
    return negative ? -value : value;
  }

  /** A length-prefixed string; `undefined` for the archive's null string (length -1). */
  string(): string | undefined {
    const length = this.int();
    if (length < 0) return undefined;
    return this.bytes(length).toString('utf8');
  }

  /** A data block's chunks (a length, then that many bytes; a zero length ends them), joined. */
  chunks(): Buffer {
    const parts: Buffer[] = [];
    for (let length = this.int(); length !== 0; length = this.int()) {
      if (length < 0) this.fail(`negative chunk length ${length}`);
      parts.push(this.bytes(length));
    }
    return Buffer.concat(parts);
  }

  skipChunks(): void {
    for (let length = this.int(); length !== 0; length = this.int()) {
      if (length < 0) this.fail(`negative chunk length ${length}`);
      this.need(length);
      this.at += length;
    }
  }

  offset(): void {
    this.byte(); // data state: set, not set, no data
    this.bytes(this.offsetSize);
  }
}

/**
 * The schema of an archive as SQL, as `pg_restore --schema-only --no-owner` prints it: every entry of the pre-data,
 * post-data and unsectioned parts (grants, comments) in the archive's order, data entries left out. Each entry is
 * preceded by a comment naming it, so a statement that fails can be traced back to its entry.
 */
export function archiveSchemaSql(archive: DumpArchive): string {
  const parts: string[] = [
    `-- pg_dump archive ${archive.version} of ${archive.database ?? '?'} (server ${archive.serverVersion ?? '?'}, pg_dump ${archive.dumpVersion ?? '?'}), read as pg_restore --schema-only prints it\n`,
    // pg_restore's own preamble: function bodies are not checked against objects created later in the archive.
    "SET check_function_bodies = false;\nSET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n",
  ];
  for (const entry of archive.entries) {
    // As pg_restore without --create: the database itself and its settings are not restored.
    if (entry.section === 'data' || entry.defn.trim() === '' || entry.desc === 'DATABASE' || entry.desc === 'DATABASE PROPERTIES') continue;
    const name = `${entry.desc} ${entry.namespace ?? '-'} ${entry.tag}`.replace(/[\r\n]+/g, ' ');
    parts.push(`\n-- ${entry.dumpId}: ${name}\n${entry.defn.endsWith('\n') ? entry.defn : `${entry.defn}\n`}`);
  }
  return parts.join('');
}
