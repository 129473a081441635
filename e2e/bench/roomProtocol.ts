/** One participant a room bench worker holds: joined over HTTP by the bench, opened by the worker. */
export interface RoomDeviceSpec {
  index: number;
  name: string;
  participantId: string;
  token: string;
}

export type ToRoomWorker =
  | { type: 'prepare'; serverUrl: string; sessionId: string; devices: RoomDeviceSpec[] }
  /** Publishes (or republishes: an edit) the answer of device `index` to the active question. */
  | { type: 'answer'; index: number; text: string; reply?: boolean }
  | { type: 'settle'; timeoutMs: number }
  | { type: 'stop' };

export type FromRoomWorker =
  | { type: 'ready' }
  | { type: 'prepared' }
  /** Epoch ms when the model took the answer asked with `reply` (a busy worker takes it late). */
  | { type: 'answered'; at: number }
  /** Every change of this worker's devices durable on the relay; `failed`: commands the model refused. */
  | { type: 'settled'; failed: number }
  | { type: 'failed'; message: string };
