let audio: AudioContext | null = null;
let listening = false;

/** Browsers only let a page sound after the person touched it: the audio context is made on their first tap or key. */
export function listenForAudioUnlock(): void {
  if (listening || typeof window === 'undefined' || typeof AudioContext === 'undefined') return;
  listening = true;
  const unlock = () => {
    audio ??= new AudioContext();
    void audio.resume().catch(() => {});
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
}

/** A soft, short tone (two for the end), if the person has touched the page; silent otherwise. */
export function playSignalTone(times: 1 | 2): void {
  if (audio?.state !== 'running') return;
  for (let index = 0; index < times; index++) {
    const start = audio.currentTime + index * 0.35;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 660;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.08, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.32);
  }
}
