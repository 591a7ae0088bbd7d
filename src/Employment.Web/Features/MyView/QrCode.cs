using QRCoder;

namespace Employment.Web.Features.MyView;

/// <summary>A QR code drawn on the server, so printing it needs no script.</summary>
public static class QrCode
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
