using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK select with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public required IEnumerable<SelectListItem> Items { get; set; }

    /// <summary>Let wwwroot/js/app.js turn the select into an accessible autocomplete (it stays a select without JavaScript).</summary>
    public bool Autocomplete { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.For(For, ViewContext);
        FieldState.RenderAsFormGroup(output, field.Error);
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label\" for=\"{field.Id}\">{FieldState.Encode(Label)}</label>");
        html.Append(FieldState.HintHtml(field.Id, Hint));
        if (field.Error is not null)
        {
            html.Append(FieldState.ErrorMessageHtml(field.Id, field.Error));
        }
        html.Append($"<select class=\"govuk-select{(field.Error is null ? "" : " govuk-select--error")}\" id=\"{field.Id}\" name=\"{field.Name}\"{(Autocomplete ? " data-autocomplete=\"true\"" : "")}{FieldState.DescribedBy(field.Id, Hint, field.Error)}>");
        foreach (var item in Items)
        {
            var selected = string.Equals(item.Value, field.Value, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append($"<option value=\"{FieldState.Encode(item.Value)}\"{selected}>{FieldState.Encode(item.Text)}</option>");
        }
        html.Append("</select>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
