"use client";

// The admin area's sections (README, Admin): sessions, accounts and what admins did.
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/admin", label: "Sessions", matches: (path: string) => path === "/admin" || path.startsWith("/admin/sessions") },
  { href: "/admin/users", label: "Users", matches: (path: string) => path.startsWith("/admin/users") },
  { href: "/admin/audit-log", label: "Admin actions", matches: (path: string) => path.startsWith("/admin/audit-log") },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3">
      {SECTIONS.map((section) => {
        const current = section.matches(pathname);
        return (
          <Link
            key={section.href}
            href={section.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
