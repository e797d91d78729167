import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { officeDisplayLanguage, whenOfficeReady } from "../excel/host";
import { langOf } from "../i18n/strings";
import { App } from "./App";
import { createServices } from "./services";

declare global {
  interface Window {
    __fujian1Outdated?: boolean;
  }
}

function mount(): void {
  const lang = langOf(officeDisplayLanguage());
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        services={createServices(lang)}
        initialAction={new URLSearchParams(location.search).get("run")}
      />
    </FluentProvider>,
  );
}

if (!window.__fujian1Outdated) void whenOfficeReady(mount);
