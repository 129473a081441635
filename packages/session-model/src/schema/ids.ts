import { nanoid } from 'nanoid';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SessionId = Brand<string, 'SessionId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;
export type QuestionId = Brand<string, 'QuestionId'>;
export type WarmupItemId = Brand<string, 'WarmupItemId'>;
export type CommentId = Brand<string, 'CommentId'>;

/** A stable random id for an entity created on this device. */
export const createEntityId = <T extends QuestionId | WarmupItemId | CommentId>(): T => nanoid(12) as T;

export const asSessionId = (value: string) => value as SessionId;
export const asParticipantId = (value: string) => value as ParticipantId;
export const asQuestionId = (value: string) => value as QuestionId;
export const asWarmupItemId = (value: string) => value as WarmupItemId;
export const asCommentId = (value: string) => value as CommentId;
