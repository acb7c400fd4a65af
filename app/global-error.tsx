"use client";

// The root layout itself failed (its header reads the signed-in user from the database):
// the same boundary content, in its own document.
import "./globals.css";
import { PageError } from "@/components/ui/page-error";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-4xl px-4 py-6 sm:py-10">
          <PageError title="Something went wrong" reset={reset} />
        </main>
      </body>
    </html>
  );
}
