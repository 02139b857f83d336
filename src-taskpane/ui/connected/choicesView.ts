import type { Lang, Localized } from "../../../core/i18n";
import { msg } from "../../../core/i18n";
import { el, fluentButton, replaceIfChanged } from "../dom";
import { roleWords } from "./connectedWords";
import type { Connected } from "./createConnected";
import { periodLabel } from "./periodChoice";

const words = {
  period: msg("Kỳ thi đua", "Period"),
  roles: msg("Chọn vai trò", "Choose a role"),
} satisfies Record<string, Localized>;

/**
 * The two choices a sign-in may need: the period when several can be read (bloc, year, stage; remembered), and the
 * role when a Microsoft account has several. Renders them and forwards the choice; decides nothing.
 */
export function choicesView(connected: () => Connected, lang: () => Lang) {
  const periodBox = el("div", { id: "period-choice" });
  const label = el("label", { for: "period-picker" });
  const picker = el("select", { id: "period-picker" });
  // The select is as wide as the pane; the chosen period's whole label is written out under it.
  const detail = el("p", { id: "period-detail", class: "hint" });
  periodBox.append(label, picker, detail);
  picker.addEventListener("change", () => void connected().choosePeriod(picker.value));
  const roles = el("section", { id: "role-choice", "aria-labelledby": "role-choice-heading" });

  function render(): void {
    const s = connected().state();
    const l = lang();
    const t = (m: Localized) => m[l];
    periodBox.hidden = s.periods.length < 2;
    label.textContent = t(words.period);
    replaceIfChanged(picker, `${l}|${s.periods.map((p) => `${p.periodId}:${p.state}`).join(",")}`, () =>
      s.periods.map((p) => el("option", { value: p.periodId }, t(periodLabel(p)))),
    );
    if (s.period) picker.value = s.period.periodId;
    const chosen = s.periods.find((p) => p.periodId === s.period?.periodId);
    detail.textContent = chosen ? t(periodLabel(chosen)) : "";
    roles.hidden = s.roleChoices.length === 0;
    replaceIfChanged(roles, `${l}|${JSON.stringify(s.roleChoices)}`, () =>
      s.roleChoices.length === 0
        ? []
        : [
            el("h2", { id: "role-choice-heading" }, t(words.roles)),
            ...s.roleChoices.map(({ choice }, i) => {
              const button = fluentButton(`role-${i}`);
              const role = roleWords[choice.role ?? ""];
              button.textContent = [role ? t(role) : choice.role, choice.blocId, choice.unitId]
                .filter((x) => x !== undefined)
                .join(" · ");
              button.addEventListener("click", () => void connected().chooseRole(choice));
              return button;
            }),
          ],
    );
  }
  return { periodBox, roles, render };
}
