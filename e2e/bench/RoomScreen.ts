import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { type CpuProfile, topSelfTime } from '../../sync-server/bench/inspectorCpuProfile.ts';

/** Which device a screen of the room bench plays. */
export type RoomScreenName = 'phone' | 'tablet' | 'projector';

export const SCREEN_SETUP: Record<
  RoomScreenName,
  { viewport: { width: number; height: number }; cpuSlowdown: number }
> = {
  phone: { viewport: { width: 390, height: 844 }, cpuSlowdown: 4 },
  tablet: { viewport: { width: 1024, height: 768 }, cpuSlowdown: 2 },
  projector: { viewport: { width: 1920, height: 1080 }, cpuSlowdown: 1 },
};

/** What the page records for the bench: long tasks and, while typing, each key's way to the screen. */
const PROBE_SCRIPT = `
  window.__roomBench = { longTasks: [], keys: [], typing: false, since: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__roomBench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let keyAt = null;
  document.addEventListener('keydown', (event) => {
    if (window.__roomBench.typing) keyAt = event.timeStamp;
  }, true);
  // Bubbling to the document: the app's own handler (React's, on its root) has run and set what it shows.
  document.addEventListener('input', (event) => {
    if (keyAt === null) return;
    const startedAt = keyAt;
    const target = event.target;
    const length = target.value.length;
    keyAt = null;
    const check = () => {
      if (target.isConnected && target.value.length >= length) {
        window.__roomBench.keys.push(performance.now() - startedAt);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
`;

export interface ScreenFigures {
  longTasks: { count: number; totalMs: number; longestMs: number };
  /** Each long task: seconds after counting started, and its duration in ms. */
  longTaskList: Array<[atSeconds: number, ms: number]>;
  heapMb: number;
  domNodes: number;
  keysMs: number[];
}

/** One screen of the room in Chromium, with its CPU slowed as the device's, and the CDP probes of the bench. */
export class RoomScreen {
  private constructor(
    readonly name: RoomScreenName,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, name: RoomScreenName, url: string): Promise<RoomScreen> {
    const setup = SCREEN_SETUP[name];
    const context = await browser.newContext({ viewport: setup.viewport });
    await context.addInitScript(PROBE_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.cpuSlowdown });
    await page.goto(url);
    return new RoomScreen(name, context, page, cdp);
  }

  /** Main-thread time the page has used so far (CDP TaskDuration), in ms. */
  async taskMs(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  }

  /**
   * Resolves with the epoch ms at which the page showed `count` answers (its answer counter) and `text`
   * somewhere in its answer list.
   */
  async shown(count: number, text: string, timeoutMs: number): Promise<number> {
    const handle = await this.page.waitForFunction(
      ({ count, text }) => {
        const counter = document.querySelector('[data-testid="answer-count"]')?.textContent ?? '';
        if (!counter.startsWith(`${count} answer`)) return false;
        const list = document.querySelector('[data-testid="answer-list"]');
        return list?.textContent?.includes(text) ? Date.now() : false;
      },
      { count, text },
      { polling: 50, timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as number;
  }

  /** From now on long tasks count: what loading the page and joining cost is left out. */
  async startCounting(profile = false): Promise<void> {
    if (profile) {
      await this.cdp.send('Profiler.enable');
      await this.cdp.send('Profiler.start');
    }
    await this.page.evaluate(() => {
      (window as unknown as { __roomBench: { since: number } }).__roomBench.since = performance.now();
    });
  }

  /** The page's CPU profile since `startCounting(true)`: the functions with the most self time. */
  async stopProfile(): Promise<string[]> {
    const { profile } = await this.cdp.send('Profiler.stop');
    return topSelfTime(profile as CpuProfile, 25);
  }

  async setTyping(typing: boolean): Promise<void> {
    await this.page.evaluate((on) => {
      (window as unknown as { __roomBench: { typing: boolean } }).__roomBench.typing = on;
    }, typing);
  }

  async figures(): Promise<ScreenFigures> {
    const recorded = await this.page.evaluate(() => {
      const bench = (
        window as unknown as {
          __roomBench: { longTasks: Array<[number, number]>; keys: number[]; since: number };
        }
      ).__roomBench;
      return {
        longTasks: bench.longTasks
          .filter(([start]) => start >= bench.since)
          .map(([start, duration]): [number, number] => [(start - bench.since) / 1000, duration]),
        keys: bench.keys,
        domNodes: document.getElementsByTagName('*').length,
      };
    });
    await this.cdp.send('HeapProfiler.collectGarbage');
    const heap = await this.cdp.send('Runtime.getHeapUsage');
    const durations = recorded.longTasks.map(([, duration]) => duration);
    return {
      longTasks: {
        count: durations.length,
        totalMs: durations.reduce((sum, duration) => sum + duration, 0),
        longestMs: Math.max(0, ...durations),
      },
      longTaskList: recorded.longTasks,
      heapMb: heap.usedSize / 1024 / 1024,
      domNodes: recorded.domNodes,
      keysMs: recorded.keys,
    };
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
