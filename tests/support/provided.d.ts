import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
    /** Where the API project's server, which has no SMTP_URL, writes its mail as .eml files. */
    mailDir: string;
    /** The app's PostgreSQL URL, or "" on PGlite. */
    databaseUrl: string;
    postgresAdminUrl: string;
    /** An admin account made by the API project's global setup. */
    adminEmail: string;
    adminPassword: string;
    /** The fake Zoom of the zoom project (tests/support/fake-zoom.ts); control it with fakeZoomClient. */
    fakeZoomUrl: string;
    /** The app server's captured stdout/stderr (tests/support/app-server.ts). */
    serverLogPath: string;
    /** Where test clients note the secrets they used (tests/support/secrets.ts); "" when unchecked. */
    secretsPath: string;
  }
}
