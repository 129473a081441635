import { CommandError } from '../schema/CommandError.ts';
import type { SessionId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import { LANGUAGES, type Language, LIMITS } from '../schema/limits.ts';
import { migrateControl, migrateRoom } from '../schema/migrations.ts';
import { isPhase, type Phase } from '../schema/phases.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';
import { hasActiveProductions, syncProductions } from './syncProductions.ts';

export interface SessionSeed {
  sessionId: SessionId;
  title: string;
  language: Language;
  joinCode: string;
}

export function createSessionCommands(context: CommandContext) {
  return {
    /** Writes the session's first state; safe to repeat from a second facilitator device. */
    seedSession(seed: SessionSeed): void {
      requireFacilitator(context);
      const title = cleanText(seed.title, LIMITS.titleLength, 'title_empty', 'title_too_long');
      const language = LANGUAGES.includes(seed.language) ? seed.language : 'en';
      runCommand(context, context.control, 'seedSession', () => {
        const session = controlLayout.session(context.control);
        if (session.has('id')) return;
        session.set('id', seed.sessionId);
        session.set('title', title);
        session.set('language', language);
        session.set('joinCode', seed.joinCode);
        session.set('createdAt', context.now());
      });
      const origin = { source: 'command', command: 'seedSession', actor: context.actor };
      if (migrateControl(context.control, origin) === 'newer') throw new CommandError('unsupported_version');
      migrateRoom(context.room, origin);
    },

    setPhase(phase: Phase): void {
      requireFacilitator(context);
      if (!isPhase(phase)) throw new CommandError('not_found');
      runCommand(context, context.control, 'setPhase', () => {
        controlLayout.session(context.control).set('phase', phase);
        if (phase === 'create' && !hasActiveProductions(context)) syncProductions(context, 'fresh');
      });
    },

    setTitle(value: string): void {
      requireFacilitator(context);
      const title = cleanText(value, LIMITS.titleLength, 'title_empty', 'title_too_long');
      runCommand(context, context.control, 'setTitle', () => {
        controlLayout.session(context.control).set('title', title);
      });
    },
  };
}
