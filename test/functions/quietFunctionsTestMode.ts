// Outside the Functions host, @azure/functions warns once per app.http call that it runs in test mode; the tests
// construct requests themselves, so these two expected warnings are dropped (every other warning still shows).
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
