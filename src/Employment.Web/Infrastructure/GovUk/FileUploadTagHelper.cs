using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK file upload with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileUploadTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }

    /// <summary>The label's size modifier, like "m" for <c>govuk-label--m</c>.</summary>
    public string? LabelSize { get; set; }

    public bool Multiple { get; set; }

    /// <summary>The file types offered, as in the input's <c>accept</c> attribute.</summary>
    public string? Accept { get; set; }

    [HtmlAttributeNotBound, ViewContext] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // A file input never shows a value back, so only its name, id and error are read.
        var name = FieldState.NameFor(For, ViewContext);
        var id = FieldState.IdFor(name);
        var error = FieldState.FirstError(ViewContext.ViewData.ModelState, name);
        FieldState.RenderAsFormGroup(output, error);
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label{(LabelSize is null ? "" : $" govuk-label--{LabelSize}")}\" for=\"{id}\">{FieldState.Encode(Label)}</label>"
            + FieldState.HintHtml(id, Hint)
            + (error is null ? "" : FieldState.ErrorMessageHtml(id, error))
            + $"<input class=\"govuk-file-upload{(error is null ? "" : " govuk-file-upload--error")}\" id=\"{id}\" name=\"{name}\" type=\"file\""
            + (Multiple ? " multiple" : "")
            + (Accept is null ? "" : $" accept=\"{FieldState.Encode(Accept)}\"")
            + $"{FieldState.DescribedBy(id, Hint, error)}>");
    }
}
