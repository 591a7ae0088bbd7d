using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>The GOV.UK date input (day, month, year) for a <see cref="DateParts"/> property.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Legend { get; set; }
    public string? Hint { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldState.NameFor(For, ViewContext);
        var id = FieldState.IdFor(name);
        var error = FieldState.FirstError(ViewContext.ViewData.ModelState, name);
        var parts = For.Model as DateParts;
        FieldState.RenderAsFormGroup(output, error);

        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{FieldState.DescribedBy(id, Hint, error)}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{FieldState.Encode(Legend)}</legend>");
        html.Append(FieldState.HintHtml(id, Hint));
        if (error is not null)
        {
            html.Append(FieldState.ErrorMessageHtml(id, error));
        }
        html.Append($"<div class=\"govuk-date-input\" id=\"{id}-group\">");
        AppendPart(html, name, id, "Day", "Day", parts?.Day, 2, error is not null, first: true);
        AppendPart(html, name, id, "Month", "Month", parts?.Month, 2, error is not null, first: false);
        AppendPart(html, name, id, "Year", "Year", parts?.Year, 4, error is not null, first: false);
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static void AppendPart(StringBuilder html, string name, string id, string part, string label, string? value, int width, bool hasError, bool first)
    {
        // The day box carries the field's own id so the error summary link lands on it.
        var partId = first ? id : $"{id}_{part}";
        var classes = $"govuk-input govuk-date-input__input govuk-input--width-{width}" + (hasError ? " govuk-input--error" : "");
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{label}</label>");
        html.Append($"<input class=\"{classes}\" id=\"{partId}\" name=\"{name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{FieldState.Encode(value)}\">");
        html.Append("</div></div>");
    }
}
