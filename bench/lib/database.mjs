import mysql from 'mysql2/promise';

/** The server part of a mysql:// URL and its database name. */
export function parseMysqlUrl(url) {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database))
    throw new Error(`BENCH_MYSQL_URL must name a database (letters, digits, _): ${url}`);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password || ''),
    database,
  };
}

/** Drops and creates the benchmark's database: every run starts from nothing. */
export async function recreateDatabase(url) {
  const { database, ...server } = parseMysqlUrl(url);
  const connection = await mysql.createConnection(server);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

export function connect(url, options = {}) {
  return mysql.createConnection({ ...parseMysqlUrl(url), ...options });
}

export function pool(url, connectionLimit) {
  return mysql.createPool({ ...parseMysqlUrl(url), connectionLimit, maxIdle: connectionLimit });
}
