// Picks the configured provider (CONTRACT §10): VIDEO_PROVIDER, else zoom when its
// credentials are set, else jitsi. Closing a meeting uses the provider that made it.
import { env } from "@/lib/env";
import type { VideoProvider, VideoProviderName } from "@/lib/video/provider";
import { createJitsiProvider } from "@/lib/video/jitsi";

const providers = new Map<VideoProviderName, VideoProvider>();

function build(name: VideoProviderName): VideoProvider {
  const config = env();
  if (name === "jitsi") return createJitsiProvider({ baseUrl: config.JITSI_BASE_URL });
  throw new Error("The Zoom provider is not available yet.");
}

export function videoProvider(name: VideoProviderName = env().VIDEO_PROVIDER): VideoProvider {
  let provider = providers.get(name);
  if (!provider) {
    provider = build(name);
    providers.set(name, provider);
  }
  return provider;
}
