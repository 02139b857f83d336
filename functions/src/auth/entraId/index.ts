// Microsoft Entra ID sign-in: what the back end's authenticate(request) seam needs from this folder.
export * from "./authenticateEntra";
export * from "./entraConfig";
export * from "./entraProblem";
export * from "./remoteEntraKeys";
export * from "./verifyEntraToken";
