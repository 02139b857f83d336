import type { HttpFunctionOptions, HttpHandler, HttpMethod } from "@azure/functions";
import type { RouteName } from "../routes";
import { ROUTES } from "../routes";

/** Every registered handler by route name: the local host serves the same table `app.http` registers. */
export const HANDLERS = new Map<RouteName, HttpHandler>();

/** The `app.http` options of a route from the route table, recording its handler for the local host. */
export function httpOptions(name: RouteName, handler: HttpHandler): HttpFunctionOptions {
  HANDLERS.set(name, handler);
  const route = ROUTES[name];
  return { methods: [route.method as HttpMethod], route: route.path, authLevel: "anonymous", handler };
}
