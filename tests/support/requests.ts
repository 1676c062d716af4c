/** Builds real Request objects to call route loaders and actions directly. */
export const BASE = "http://localhost:3000";

export function formRequest(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(BASE + path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export function getRequest(path: string, headers: Record<string, string> = {}) {
  return new Request(BASE + path, { headers });
}

export const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

export function cookieFrom(response: Response): string {
  const setCookie = response.headers.get("Set-Cookie") ?? "";
  return setCookie.split(";")[0] ?? "";
}

/** Runs a loader or action and returns the Response it returned or threw. */
export async function settle(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
