using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK text input with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputMode { get; set; }
    public string? Width { get; set; }
    public bool Spellcheck { get; set; } = true;
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Extra classes for the input itself, like <c>govuk-!-width-one-half</c>.</summary>
    public string? Classes { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.For(For, ViewContext);
        FieldState.RenderAsFormGroup(output, field.Error);

        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : "")}\" for=\"{field.Id}\">{FieldState.Encode(Label)}</label>";
        if (LabelIsPageHeading)
        {
            label = $"<h1 class=\"govuk-label-wrapper\">{label}</h1>";
        }
        var classes = "govuk-input" + (Width is null ? "" : $" govuk-input--width-{Width}") + (Classes is null ? "" : " " + Classes) + (field.Error is null ? "" : " govuk-input--error");
        var value = Type == "password" ? "" : $" value=\"{FieldState.Encode(field.Value)}\"";
        var attributes = (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"")
            + (InputMode is null ? "" : $" inputmode=\"{InputMode}\"")
            + (Spellcheck ? "" : " spellcheck=\"false\"");
        output.Content.SetHtmlContent(
            label
            + FieldState.HintHtml(field.Id, Hint)
            + (field.Error is null ? "" : FieldState.ErrorMessageHtml(field.Id, field.Error))
            + $"<input class=\"{classes}\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"{Type}\"{value}{attributes}{FieldState.DescribedBy(field.Id, Hint, field.Error)}>");
    }
}
