using QRCoder;

namespace Kiosk.App.Tickets;

/// <summary>The QR code that moves a visit to the patient's phone, as scalable SVG.</summary>
public static class PhoneQr
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
