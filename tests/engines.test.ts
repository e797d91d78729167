/**
 * Finding the real engines on Windows, macOS and Debian, and what a missing one does: install (Linux as
 * root), fail (CI=true) or skip with one line that the summary counts.
 */
import { ENGINE_NAMES, engineAction, findBrowser, findLibreOffice, missingLine, type Host } from "../scripts/engines";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summaryLines } = require("../scripts/jest-summary-reporter.cjs") as {
  summaryLines(
    results: unknown,
    engines: { ENGINE_NAMES: typeof ENGINE_NAMES; missingLine: typeof missingLine },
    host?: Host,
  ): string[];
};

function host(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}, isRoot = false): Host {
  return { platform, env, isRoot, exists: (p) => files.includes(p) };
}

const WIN_ENV = {
  ProgramFiles: "C:\\Program Files",
  "ProgramFiles(x86)": "C:\\Program Files (x86)",
  LOCALAPPDATA: "C:\\Users\\li\\AppData\\Local",
};

describe("finding the engines", () => {
  it("Windows: Chrome or Edge under Program Files, LibreOffice with its own Python", () => {
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    const soffice = "C:\\Program Files\\LibreOffice\\program\\soffice.exe";
    const h = host("win32", [edge, soffice], WIN_ENV);
    expect(findBrowser(h)).toBe(edge);
    expect(findLibreOffice(h)).toEqual({ soffice, python: "C:\\Program Files\\LibreOffice\\program\\python.exe" });
    const chrome = "C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    expect(findBrowser(host("win32", [chrome], WIN_ENV))).toBe(chrome);
  });

  it("macOS: the apps in /Applications", () => {
    const soffice = "/Applications/LibreOffice.app/Contents/MacOS/soffice";
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const h = host("darwin", [soffice, chrome], { HOME: "/Users/li" });
    expect(findBrowser(h)).toBe(chrome);
    expect(findLibreOffice(h)).toEqual({
      soffice,
      python: "/Applications/LibreOffice.app/Contents/Resources/python",
    });
  });

  it("Linux: Debian's chromium, soffice on PATH with the system python3 (python3-uno)", () => {
    const h = host("linux", ["/usr/bin/chromium", "/usr/local/bin/soffice"], { PATH: "/usr/local/bin:/usr/bin" });
    expect(findBrowser(h)).toBe("/usr/bin/chromium");
    expect(findLibreOffice(h)).toEqual({ soffice: "/usr/local/bin/soffice", python: "/usr/bin/python3" });
  });

  it("CHROMIUM_PATH and SOFFICE_PATH name the executables instead of searching", () => {
    const h = host("linux", ["/usr/bin/chromium", "/usr/bin/soffice"], {
      CHROMIUM_PATH: "/opt/c/chrome",
      SOFFICE_PATH: "/opt/lo/soffice",
      PATH: "/usr/bin",
    });
    expect(findBrowser(h)).toBeUndefined();
    expect(findLibreOffice(h)).toBeUndefined();
  });

  it("finds nothing on a machine without them", () => {
    expect(findBrowser(host("darwin", [], { HOME: "/Users/li" }))).toBeUndefined();
    expect(findLibreOffice(host("win32", [], WIN_ENV))).toBeUndefined();
  });
});

describe("a missing engine", () => {
  const apt = ["/usr/bin/apt-get"];
  it("is installed with apt-get on Linux as root, CI included", () => {
    expect(engineAction("libreoffice", false, host("linux", apt, {}, true))).toBe("install");
    expect(engineAction("browser", false, host("linux", apt, { CI: "true" }, true))).toBe("install");
    expect(engineAction("browser", true, host("linux", [], {}, false))).toBe("run");
  });

  it("fails the run with CI=true where it cannot be installed", () => {
    expect(engineAction("libreoffice", false, host("darwin", [], { CI: "true" }))).toBe("fail");
    expect(engineAction("browser", false, host("linux", apt, { CI: "1" }, false))).toBe("fail");
    // A named executable that is not there is not fixed by apt-get.
    expect(engineAction("libreoffice", false, host("linux", apt, { CI: "true", SOFFICE_PATH: "/x" }, true))).toBe(
      "fail",
    );
    expect(missingLine("libreoffice", host("win32", [], { CI: "true" }))).toMatch(
      /^LibreOffice not found and CI=true, so this fails; install LibreOffice \(winget/,
    );
  });

  it("is skipped on a developer's machine, with one line naming it and how to install it", () => {
    expect(engineAction("browser", false, host("win32", [], WIN_ENV))).toBe("skip");
    expect(engineAction("libreoffice", false, host("darwin", [], { CI: "false" }))).toBe("skip");
    expect(missingLine("browser", host("darwin", []), 5)).toBe(
      "Chrome/Edge/Chromium not found: 5 tests SKIPPED; to run them, install Google Chrome " +
        "(brew install --cask google-chrome), or set CHROMIUM_PATH to a Chrome, Edge or Chromium executable",
    );
  });
});

describe("the summary line", () => {
  const test = (fullName: string, status: string) => ({ fullName, status });
  const results = (tests: Array<{ fullName: string; status: string }>, failed = 0) => ({
    numPassedTests: tests.filter((t) => t.status === "passed").length,
    numFailedTests: failed,
    numRuntimeErrorTestSuites: 0,
    numPendingTests: tests.filter((t) => t.status === "pending").length,
    numTodoTests: 0,
    testResults: [{ testResults: tests }],
  });

  it("counts tests skipped for a missing engine, one loud line per engine", () => {
    const lines = summaryLines(
      results([
        test("a passes", "passed"),
        test("(b) LibreOffice fills a file [LibreOffice missing] is checked", "pending"),
        test("(c) highlights [LibreOffice missing] agree", "pending"),
        test("preview [Chrome/Edge/Chromium missing] loads", "pending"),
        test("plain skip", "pending"),
      ]),
      { ENGINE_NAMES, missingLine },
      host("linux", []),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^jest: LibreOffice not found: 2 tests SKIPPED; to run them, /);
    expect(lines[1]).toMatch(/^jest: Chrome\/Edge\/Chromium not found: 1 tests SKIPPED; /);
    expect(lines[2]).toBe("jest: 1 passed, 0 failed, 4 skipped (3 for a missing engine)");
  });

  it("is one plain line when nothing is missing", () => {
    expect(summaryLines(results([test("a", "passed")], 2), { ENGINE_NAMES, missingLine })).toEqual([
      "jest: 1 passed, 2 failed",
    ]);
  });
});
