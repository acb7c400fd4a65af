// The footer on every page: where other clients find the API.
import { api } from "@/lib/swr/api";

export function SiteFooter() {
  return (
    <footer className="mx-auto w-full max-w-4xl px-4 pb-8 text-sm text-slate-500">
      {/* A plain link: /docs loads its own script, so it wants a full page load. */}
      <a href="/docs" className="underline hover:text-slate-700">
        API reference
      </a>{" "}
      · <a href={api.openApiUrl} className="underline hover:text-slate-700">OpenAPI 3.1</a>
    </footer>
  );
}
