using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Employment.Web.Features.Admin.People;

/// <summary>
/// Text that may wrap anywhere on a narrow screen: a council system id can be 64 characters with no space, wider
/// than a phone, and a table cell is never narrower than its longest word. A &lt;wbr&gt; every few characters lets
/// the browser break it there without changing what it says or how it is copied.
/// </summary>
public static class Breakable
{
    private const int Every = 10;

    public static IHtmlContent Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }
        var parts = text.Chunk(Every).Select(chunk => HtmlEncoder.Default.Encode(new string(chunk)));
        return new HtmlString(string.Join("<wbr>", parts));
    }
}
