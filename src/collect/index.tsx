/** The collecting office's page (dist/collect/index.html): Chinese unless the browser or ?lang=en asks for English. */
import { createRoot } from "react-dom/client";
import { CollectApp } from "./CollectApp";
import type { Lang } from "./strings";

function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "en" || asked === "zh") return asked;
  return /^en\b/i.test(navigator.language) ? "en" : "zh";
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<CollectApp initialLang={initialLang()} />);
