/**
 * The whole scenario in the address: `#s=<base64url of the YAML>` (plus `story=` and `arm=` to restore the
 * story panel). Nothing leaves the page: the hash is never sent to a server.
 */

export interface SharedState {
  /** Scenario text, when the link carries one. */
  readonly text?: string;
  readonly story?: string;
  readonly arm?: string;
}

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Throws an Error naming the problem when the text is not base64url of UTF-8. */
export function decodeBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error("the link's scenario is not base64url text");
  const b64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
  let binary: string;
  try {
    binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new Error("the link's scenario is not base64url text");
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("the link's scenario is not UTF-8 text");
  }
}

export function readHash(hash: string): SharedState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const s = params.get("s");
  const story = params.get("story");
  const arm = params.get("arm");
  return {
    ...(s !== null ? { text: decodeBase64Url(s) } : {}),
    ...(story ? { story } : {}),
    ...(arm ? { arm } : {}),
  };
}

export function writeHash(state: SharedState): string {
  const params = new URLSearchParams();
  if (state.story) params.set("story", state.story);
  if (state.arm) params.set("arm", state.arm);
  if (state.text !== undefined) params.set("s", encodeBase64Url(state.text));
  return `#${params.toString()}`;
}
