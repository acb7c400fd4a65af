import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function AdminSessionLoading() {
  return <PageSkeleton title="Admin" blocks={3} />;
}
