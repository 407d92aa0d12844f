import { UserError } from "../errors.js";

/** Limits on what newsquiz downloads: an article page, not a file of any size from anywhere. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
};

/** What a page answered: its text, its type and where it ended up after redirects. */
export interface FetchedPage {
  url: string;
  text: string;
  contentType: string;
}

// Types of page an article can be read from; anything else (PDF, images, JSON) is refused.
const ACCEPTED = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "text/x-markdown",
];

/**
 * Downloads an article page over http(s): at most `maxRedirects` redirects, `timeoutMs` in all,
 * `maxBytes` of body, and only text or HTML. Every failure is a UserError naming the URL.
 */
export async function fetchPage(
  url: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = checkUrl(url, url);
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: {
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "user-agent": "newsquiz",
        },
      });
    } catch (error) {
      throw failure(url, error, limits);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
      await response.body?.cancel();
      if (redirects >= limits.maxRedirects) {
        throw new UserError("error.url.redirects", { url, max: limits.maxRedirects });
      }
      current = checkUrl(new URL(response.headers.get("location")!, current).href, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError("error.url.status", {
        url,
        status: response.status,
        statusText: response.statusText,
      });
    }
    const contentType = (response.headers.get("content-type") ?? "").toLowerCase();
    const mime = contentType.split(";")[0]!.trim();
    if (!ACCEPTED.includes(mime)) {
      await response.body?.cancel();
      throw new UserError("error.url.content-type", {
        url,
        type: mime || { key: "error.url.no-type" },
      });
    }
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      throw new UserError("error.too-large", { what: url, size: declared, max: limits.maxBytes });
    }
    const bytes = await readCapped(response, url, limits, signal);
    const charset = /charset=["']?([\w-]+)/.exec(contentType)?.[1] ?? "utf-8";
    let text: string;
    try {
      text = new TextDecoder(charset).decode(bytes);
    } catch {
      throw new UserError("error.url.charset", { url, charset });
    }
    return { url: current, text, contentType: mime };
  }
}

function checkUrl(candidate: string, original: string): string {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw new UserError("error.url.invalid", { url: original });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UserError("error.url.protocol", { url: original, protocol: parsed.protocol });
  }
  return parsed.href;
}

async function readCapped(
  response: Response,
  url: string,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new UserError("error.url.more-than", { url, max: limits.maxBytes });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw failure(url, error, limits, signal);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Why a page could not be fetched: no answer in time, no connection, or what fetch said. */
function failure(url: string, error: unknown, limits: FetchLimits, signal?: AbortSignal) {
  const e = error as { name?: string; cause?: { code?: string }; message?: string };
  if (e.name === "TimeoutError" || signal?.aborted)
    return new UserError("error.url.no-answer", { url, seconds: limits.timeoutMs / 1000 });
  const code = e.cause?.code;
  if (code) return new UserError("error.url.cannot-connect", { url, code });
  return new UserError("error.url.cannot-download", { url, reason: e.message ?? "error" });
}
