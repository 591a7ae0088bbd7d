using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK textarea with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public int Rows { get; set; } = 5;
    public bool LabelIsPageHeading { get; set; }

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
        output.Content.SetHtmlContent(
            label
            + FieldState.HintHtml(field.Id, Hint)
            + (field.Error is null ? "" : FieldState.ErrorMessageHtml(field.Id, field.Error))
            + $"<textarea class=\"govuk-textarea{(field.Error is null ? "" : " govuk-textarea--error")}\" id=\"{field.Id}\" name=\"{field.Name}\" rows=\"{Rows}\"{FieldState.DescribedBy(field.Id, Hint, field.Error)}>{FieldState.Encode(field.Value)}</textarea>");
    }
}
