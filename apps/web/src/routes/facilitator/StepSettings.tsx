import { type ReactNode, useState } from 'react';

/**
 * A step's settings, folded under the board once there are groups to look at; open before the first
 * grouping, when choosing them is the next thing to do. The facilitator may open or fold them at any time.
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
  const [wasGrouped, setWasGrouped] = useState(grouped);
  // Fold when the first groups arrive (here or from another device), open again when they are gone.
  if (grouped !== wasGrouped) {
    setWasGrouped(grouped);
    setOpen(!grouped);
  }
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
