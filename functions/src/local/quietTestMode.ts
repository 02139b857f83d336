// Outside the Functions host, @azure/functions warns once per app.http call that it runs in test mode; the local
// host and the tests construct requests themselves, so these two expected warnings are dropped (others still show).
// Import this module before the function files.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = String(args[0]);
  if (
    text.includes("Failed to detect the Azure Functions runtime") ||
    text.includes("package is in test mode")
  )
    return;
  warn(...args);
};
