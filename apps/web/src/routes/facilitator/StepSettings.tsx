import { type ReactNode, useState } from 'react';

/**
 * A step's settings, folded under the board once there are groups to look at; open before the first
 * grouping, when choosing them is the next thing to do.
 */
export function StepSettings({
  summary,
  grouped,
  children,
}: {
  summary: string;
  grouped: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(!grouped);
  return (
    <details
      className="step-settings"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
