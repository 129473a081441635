import type { Production, TemplateField } from '@peerloom/session-model';
import type { ProductionProgress } from '../../session/createProgressTracker.ts';
import { summarizeProgress } from '../../session/summarizeProgress.ts';
import { describeLastEdit } from './describeLastEdit.ts';
import { ProductionCard } from './ProductionCard.tsx';

interface ProductionsWallProps {
  productions: readonly Production[];
  template: readonly TemplateField[];
  progress: ReadonlyMap<string, ProductionProgress>;
  names: ReadonlyMap<string, string>;
  now: number;
  onOpen: (productionId: string) => void;
}

const noOne: ReadonlySet<string> = new Set();

/** Every production at once, as cards in a grid; retired ones are listed apart by the caller. */
export function ProductionsWall({
  productions,
  template,
  progress,
  names,
  now,
  onOpen,
}: ProductionsWallProps) {
  return (
    <ul className="productions-wall" data-testid="productions-wall">
      {productions.map((production) => {
        const entry = progress.get(production.id);
        return (
          <ProductionCard
            key={production.id}
            production={production}
            summary={summarizeProgress(template, entry?.content)}
            online={entry ? new Set(entry.online) : noOne}
            names={names}
            lastEdit={describeLastEdit(entry?.content.lastEditAt ?? null, now)}
            loading={!entry || !(entry.status.synced || entry.content.words > 0)}
            onOpen={() => onOpen(production.id)}
          />
        );
      })}
    </ul>
  );
}
