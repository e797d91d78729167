// The `Office` global of the fake: onReady, requirement sets, display language.

export interface FakeOfficeOptions {
  apiVersion: string;
  displayLanguage: string;
  host: string;
  platform: string;
}

export interface FakeOfficeNamespace {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    host: string;
    platform: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
}

function parseVersion(v: string): [number, number] | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
}

/** "1.10" > "1.9": minor versions compare numerically. */
export function versionAtLeast(have: string, want: string): boolean {
  const h = parseVersion(have);
  const w = parseVersion(want);
  if (!h || !w) return false;
  return h[0] > w[0] || (h[0] === w[0] && h[1] >= w[1]);
}

export function createOffice(opts: FakeOfficeOptions): FakeOfficeNamespace {
  const info = { host: opts.host, platform: opts.platform };
  return {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    onReady(callback) {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.displayLanguage,
      host: opts.host,
      platform: opts.platform,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name.toLowerCase() !== "excelapi") return false;
          if (minVersion === undefined) return true;
          // A number such as 1.1 cannot express "1.10": treat numbers as their string form.
          return versionAtLeast(opts.apiVersion, String(minVersion));
        },
      },
    },
  };
}
