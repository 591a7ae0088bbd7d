using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>GOV.UK checkboxes for a list property, with legend, hint and error message.</summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxesTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Legend { get; set; }
    public string? Hint { get; set; }
    public required IEnumerable<SelectListItem> Items { get; set; }
    public bool Small { get; set; }
    public bool LegendIsPageHeading { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldState.NameFor(For, ViewContext);
        var id = FieldState.IdFor(name);
        var state = ViewContext.ViewData.ModelState;
        var error = FieldState.FirstError(state, name);
        var selected = state.TryGetValue(name, out var entry) && entry.RawValue is not null
            ? ToSet(entry.RawValue)
            : ToSet(For.Model);
        FieldState.RenderAsFormGroup(output, error);

        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\"{FieldState.DescribedBy(id, Hint, error)}>");
        var legendText = FieldState.Encode(Legend);
        html.Append(LegendIsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{legendText}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{legendText}</legend>");
        html.Append(FieldState.HintHtml(id, Hint));
        if (error is not null)
        {
            html.Append(FieldState.ErrorMessageHtml(id, error));
        }
        html.Append($"<div class=\"govuk-checkboxes{(Small ? " govuk-checkboxes--small" : "")}\" data-module=\"govuk-checkboxes\">");
        var index = 0;
        foreach (var item in Items)
        {
            var itemId = index == 0 ? id : $"{id}-{index + 1}";
            var isChecked = selected.Contains(item.Value) ? " checked" : "";
            html.Append("<div class=\"govuk-checkboxes__item\">");
            html.Append($"<input class=\"govuk-checkboxes__input\" id=\"{itemId}\" name=\"{name}\" type=\"checkbox\" value=\"{FieldState.Encode(item.Value)}\"{isChecked}>");
            html.Append($"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{itemId}\">{FieldState.Encode(item.Text)}</label>");
            html.Append("</div>");
            index++;
        }
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static HashSet<string> ToSet(object? value) => value switch
    {
        null => [],
        string s => [s],
        string[] many => [.. many],
        System.Collections.IEnumerable many => many.Cast<object?>().Select(v => FieldState.Format(v) ?? "").ToHashSet(StringComparer.Ordinal),
        _ => [FieldState.Format(value) ?? ""],
    };
}
