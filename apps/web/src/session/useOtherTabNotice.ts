import { useEffect, useState } from 'react';

/** True when another tab of this browser has the same session open as the same person. */
export function useOtherTabNotice(channelName: string | null): boolean {
  const [otherTab, setOtherTab] = useState(false);
  useEffect(() => {
    if (!channelName || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<string>) => {
      if (event.data === 'hello') channel.postMessage('here');
      if (event.data === 'hello' || event.data === 'here') setOtherTab(true);
    };
    channel.postMessage('hello');
    return () => channel.close();
  }, [channelName]);
  return otherTab;
}
