// Fixed accounts the e2e server (e2e/server.ts) creates before it starts, for the specs.
// Throwaway credentials for a throwaway database under .tmp/e2e.
export const E2E_ADMIN = { email: "admin@e2e.example.test", password: "e2e orchid operator lamp", name: "Ada Admin" } as const;
