using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>GOV.UK radios in a fieldset, with legend, hint and error message.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RadiosTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Legend { get; set; }
    public string? Hint { get; set; }
    public required IEnumerable<SelectListItem> Items { get; set; }
    public bool Inline { get; set; }
    public bool LegendIsPageHeading { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.For(For, ViewContext);
        FieldState.RenderAsFormGroup(output, field.Error);

        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\"{FieldState.DescribedBy(field.Id, Hint, field.Error)}>");
        var legendText = FieldState.Encode(Legend);
        html.Append(LegendIsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{legendText}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{legendText}</legend>");
        html.Append(FieldState.HintHtml(field.Id, Hint));
        if (field.Error is not null)
        {
            html.Append(FieldState.ErrorMessageHtml(field.Id, field.Error));
        }
        html.Append($"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">");
        var index = 0;
        foreach (var item in Items)
        {
            // The first radio carries the field's id so the error summary can link to it.
            var id = index == 0 ? field.Id : $"{field.Id}-{index + 1}";
            var isChecked = string.Equals(item.Value, field.Value, StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            html.Append("<div class=\"govuk-radios__item\">");
            html.Append($"<input class=\"govuk-radios__input\" id=\"{id}\" name=\"{field.Name}\" type=\"radio\" value=\"{FieldState.Encode(item.Value)}\"{isChecked}>");
            html.Append($"<label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{FieldState.Encode(item.Text)}</label>");
            html.Append("</div>");
            index++;
        }
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
