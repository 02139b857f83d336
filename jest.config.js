/**
 * Jest: TypeScript through ts-jest in transpile-only mode (tsconfig has `isolatedModules`); type checking is
 * `tsc` in `npm test`. (@swc/jest was dropped: several @swc/core platform packages are missing from the registry,
 * so `npm ci` rejects any lockfile that names it.)
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 30000,
};
