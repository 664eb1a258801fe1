import type { PGlite } from '@electric-sql/pglite';

/** The embedded PGlite on a TCP port, and the environment a migration tool connects with. */
export interface ServedPGlite {
  /** `DATABASE_URL`, and `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE` (libpq's names). */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * How many connections the socket serves at once (its default is 1; one more is refused with "Too many
 * connections"). PGlite is one session: @electric-sql/pglite-socket queues every query and, while one connection is
 * in a transaction, holds the others' until it ends. Knex, sequelize-cli and TypeORM migrate on one connection at a
 * time (each passes with 1 too); the headroom is for a tool whose pool opens a second one alongside.
 */
const MAX_CONNECTIONS = 16;

/** Serves the PGlite over the PostgreSQL wire protocol on 127.0.0.1, on a port the system picks. */
export async function servePGlite(db: PGlite): Promise<ServedPGlite> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const port = server.getServerConn().split(':').at(-1)!;
  const env = {
    DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    PGHOST: '127.0.0.1',
    PGPORT: port,
    PGUSER: 'postgres',
    PGPASSWORD: 'postgres',
    PGDATABASE: 'postgres',
    PGSSLMODE: 'disable',
  };
  return { env, close: () => server.stop() };
}
