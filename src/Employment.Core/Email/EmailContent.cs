using System.Net;
using System.Text;

namespace Employment.Core.Email;

/// <summary>
/// Builds one email's plain-text and HTML bodies side by side from the same parts, so the two always say the same thing.
/// The HTML is deliberately plain: headings, paragraphs, lists and links, no images.
/// </summary>
public sealed class EmailContent
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public EmailContent(string greetingName)
    {
        Paragraph($"Hello {greetingName},");
    }

    public EmailContent Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");
        return this;
    }

    public EmailContent Heading(string text)
    {
        _text.Append(text).Append('\n').Append(new string('-', text.Length)).Append("\n\n");
        _html.Append("<h2>").Append(WebUtility.HtmlEncode(text)).Append("</h2>\n");
        return this;
    }

    public EmailContent List(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>\n");
        }
        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    public EmailContent Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a></p>\n");
        return this;
    }

    public string Text => _text.ToString().TrimEnd() + "\n";

    public string Html(string subject) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(subject) + "</title></head>\n" +
        "<body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4;\">\n" + _html + "</body>\n</html>\n";
}
