import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
    /** The app's PostgreSQL URL, or "" on PGlite. */
    databaseUrl: string;
    postgresAdminUrl: string;
  }
}
