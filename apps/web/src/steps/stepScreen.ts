import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** One screen of a step, loaded on first use (so a phone never downloads the facilitator's screens). */
export interface StepScreen<Props> {
  readonly Component: LazyExoticComponent<ComponentType<Props>>;
  /** Starts loading the screen's code ahead of time, e.g. while the previous step runs. */
  readonly preload: () => Promise<unknown>;
}

/** A screen loaded on first use (or ahead of time with `preload`). */
export function screen<Props>(load: () => Promise<ComponentType<Props>>): StepScreen<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return { Component: lazy(preload), preload };
}
