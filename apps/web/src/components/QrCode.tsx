import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The join link as a QR code image, drawn on this device (no network). */
export function QrCode({ value, label, size = 220 }: { value: string; label: string; size?: number }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(value, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' }).then(
      (url) => current && setDataUrl(url),
      () => current && setDataUrl(null),
    );
    return () => {
      current = false;
    };
  }, [value, size]);
  return dataUrl ? (
    <img className="qr-code" src={dataUrl} alt={label} width={size} height={size} />
  ) : (
    <div className="qr-code qr-placeholder" style={{ width: size, height: size }} />
  );
}
