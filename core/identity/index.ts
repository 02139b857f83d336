// The front door of core/identity: what adapters (cli/, src-taskpane/, functions/) may import from this area.
export * from "./identityMappingSchema";
export * from "./choosePrincipal";
export * from "./identityPrincipal";
export * from "./parseIdentityMapping";
export * from "./resolvePrincipals";
export * from "./verifiedIdentity";
