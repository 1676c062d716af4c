/**
 * Test databases on a PostgreSQL server (TEST_POSTGRES_URL): one fresh
 * database per test file, created and dropped through the server's own
 * database named in that URL.
 */
import pg from "pg";

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates the (empty) database named in `url`; the cluster's collation applies. */
export async function createDatabase(url: string): Promise<void> {
  await onServer(async (client) => {
    const exists = await client.query("select 1 from pg_database where datname = $1", [databaseName(url)]);
    if (exists.rowCount === 0) await client.query(`create database ${quoted(databaseName(url))}`);
  });
}

export async function dropDatabase(url: string): Promise<void> {
  await onServer((client) => client.query(`drop database if exists ${quoted(databaseName(url))} with (force)`));
}
