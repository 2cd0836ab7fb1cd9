import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('development needs nothing: embedded database, demo data and introspection on', () => {
    const c = loadConfig({});
    expect(c.env).toBe('development');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemoData).toBe(true);
    expect(c.introspection).toBe(true);
  });

  it('production refuses to start without DATABASE_URL and names the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required/);
  });

  it('production refuses to start without the owner role that runs migrations', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      /DATABASE_MIGRATION_URL: is required in production/,
    );
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list and names a bad entry', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    const c = loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/db, postgres://u@r2/db' });
    expect(c.databaseReplicaUrls).toEqual(['postgres://u@r1/db', 'postgres://u@r2/db']);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/db,r2' })).toThrow(
      /DATABASE_REPLICA_URLS/,
    );
  });

  it('production turns demo data and introspection off unless asked', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u@h/db',
      DATABASE_MIGRATION_URL: 'postgres://owner@h/db',
    });
    expect(c.seedDemoData).toBe(false);
    expect(c.introspection).toBe(false);
  });

  it('production refuses to seed the demo clinic (published password) and names the variable', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u@h/db',
      DATABASE_MIGRATION_URL: 'postgres://owner@h/db',
    };
    for (const on of ['true', '1']) {
      expect(() => loadConfig({ ...production, SEED_DEMO_DATA: on })).toThrow(
        /SEED_DEMO_DATA: must not be true in production/,
      );
    }
    expect(loadConfig({ ...production, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('a malformed value is refused with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
  });

  it('set-password links use PUBLIC_URL (the dev web app by default); mail only goes with SMTP_URL', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:5173');
    expect(loadConfig({}).mail.smtpUrl).toBeUndefined();
    const c = loadConfig({
      PUBLIC_URL: 'https://waypoint.example.org/',
      SMTP_URL: 'smtps://u:p@mail.example.org',
    });
    expect(c.publicUrl).toBe('https://waypoint.example.org');
    expect(c.mail.smtpUrl).toBe('smtps://u:p@mail.example.org');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
  });
});
