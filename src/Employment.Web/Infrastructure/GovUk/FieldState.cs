using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>What a GOV.UK form field needs from its model expression: name, id, value typed and first error.</summary>
internal sealed record FieldState(string Name, string Id, string? Value, string? Error)
{
    public static FieldState For(ModelExpression expression, ViewContext viewContext, string? suffix = null)
    {
        var name = NameFor(expression, viewContext) + (suffix is null ? "" : "." + suffix);
        var id = IdFor(name);
        var state = viewContext.ViewData.ModelState;
        string? value;
        if (state.TryGetValue(name, out var entry) && entry.AttemptedValue is not null)
        {
            value = entry.AttemptedValue;
        }
        else
        {
            value = suffix is null ? Format(expression.Model) : null;
        }
        return new FieldState(name, id, value, FirstError(state, name));
    }

    public static string NameFor(ModelExpression expression, ViewContext viewContext) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);

    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? FirstError(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Turns the tag helper's element into the field's form group, marked when it has an error.</summary>
    public static void RenderAsFormGroup(Microsoft.AspNetCore.Razor.TagHelpers.TagHelperOutput output, string? error)
    {
        output.TagName = "div";
        output.TagMode = Microsoft.AspNetCore.Razor.TagHelpers.TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
    }

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string ErrorMessageHtml(string id, string error) =>
        $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(error)}</p>";

    public static string HintHtml(string id, string? hint) =>
        string.IsNullOrEmpty(hint) ? "" : $"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encode(hint)}</div>";

    public static string DescribedBy(string id, string? hint, string? error)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(hint))
        {
            ids.Add($"{id}-hint");
        }
        if (error is not null)
        {
            ids.Add($"{id}-error");
        }
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }
}
