import QRCode from "qrcode";

/** A QR code as a standalone SVG document (black on white, quiet zone included) for print. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
