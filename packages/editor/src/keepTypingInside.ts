/** The events a keystroke fires on the text, which only the editor (ProseMirror, on its own element) handles. */
const TYPING_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

const stop = (event: Event) => event.stopPropagation();

/**
 * Stops a keystroke's events at `area` (the element around the editable text) once the editor has handled them,
 * so they do not bubble to React's root listener: React dispatched each of a keystroke's five or six events
 * through the component tree, looking for handlers no component has, inside the keystroke's task. Listeners
 * in the capture phase (the projector's clicker keys, the audio unlock) still see every key.
 * Returns a function that removes the listeners.
 */
export function keepTypingInside(area: HTMLElement): () => void {
  for (const type of TYPING_EVENTS) area.addEventListener(type, stop);
  return () => {
    for (const type of TYPING_EVENTS) area.removeEventListener(type, stop);
  };
}
