/** A scheduler from {@link debounceLatest}. */
export interface LatestRunner<Input> {
  /** Runs `input` once no other call came for the delay; supersedes every earlier call. */
  schedule: (input: Input) => void;
  /** Drops the waiting call and any result still on its way. */
  cancel: () => void;
}

/**
 * Debounces an asynchronous job so that only the latest call runs and only its result is delivered: a
 * result that comes back after a newer call was scheduled is dropped, so what is shown never goes back to
 * an older state.
 */
export function debounceLatest<Input, Output>(
  run: (input: Input) => Promise<Output>,
  delayMs: number,
  deliver: (output: Output) => void,
): LatestRunner<Input> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  return {
    schedule(input) {
      clearTimeout(timer);
      const ticket = ++latest;
      timer = setTimeout(() => {
        void run(input).then((output) => {
          if (ticket === latest) deliver(output);
        });
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      latest++;
    },
  };
}
