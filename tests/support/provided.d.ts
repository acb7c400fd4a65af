import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
    /** The app's PostgreSQL URL, or "" on PGlite. */
    databaseUrl: string;
    postgresAdminUrl: string;
    /** An admin account made by the API project's global setup. */
    adminEmail: string;
    adminPassword: string;
  }
}
