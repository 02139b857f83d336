// The Fluent UI web components the pane uses, defined once, with Fluent's light theme (the Office look). Import
// each component by its own entry point, and only those the view renders (today: fluent-button).
import "@fluentui/web-components/button.js";
import { webLightTheme } from "@fluentui/tokens";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";

/** Applies Fluent's light theme to the page (tokens as CSS custom properties). */
export function useFluentTheme(): void {
  setTheme(webLightTheme);
}
