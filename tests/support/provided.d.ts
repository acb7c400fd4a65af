import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
    /** The app's PostgreSQL URL, or "" on PGlite. */
    databaseUrl: string;
    postgresAdminUrl: string;
    /** The fake Zoom of the zoom project (tests/support/fake-zoom.ts); control it with fakeZoomClient. */
    fakeZoomUrl: string;
  }
}
