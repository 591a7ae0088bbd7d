using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>The GOV.UK error summary, listing every model error with a link to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    /// <summary>The summary's heading; easy-read pages say it in their own words.</summary>
    public string Heading { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        // GOV.UK lists errors in the order the fields appear, which is the order the form model declares them.
        var fieldOrder = ViewContext.ViewData.ModelMetadata.Properties
            .Select((property, index) => (property.PropertyName, index))
            .ToDictionary(p => p.PropertyName!, p => p.index, StringComparer.Ordinal);
        var errors = state
            .Where(e => e.Value is not null && e.Value.Errors.Count > 0)
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => fieldOrder.TryGetValue(e.Key.Split('.')[0], out var index) ? index : int.MaxValue)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var html = new StringBuilder();
        html.Append($"<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">{FieldState.Encode(Heading)}</h2>");
        html.Append("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            html.Append(key.Length == 0
                ? $"<li>{FieldState.Encode(message)}</li>"
                : $"<li><a href=\"#{FieldState.IdFor(key)}\">{FieldState.Encode(message)}</a></li>");
        }
        html.Append("</ul></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
