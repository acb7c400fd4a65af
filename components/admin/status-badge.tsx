export { StatusBadge } from "@/components/ui/status-badge";
