using Employment.Core;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Infrastructure.Forms;

/// <summary>
/// The one way a controller puts errors on a page (decision 0034): a form validator's result, or the problems a write
/// service refused with. A field that already has an error (one the model binder could not read) keeps only that one.
/// </summary>
public static class ModelStateErrors
{
    public static void AddErrors(this ModelStateDictionary state, ValidationResult result, string prefix = "")
    {
        foreach (var failure in result.Errors)
        {
            state.AddError(prefix, failure.PropertyName, failure.ErrorMessage);
        }
    }

    public static void AddErrors(this ModelStateDictionary state, IEnumerable<Problem> problems, string prefix = "")
    {
        foreach (var problem in problems)
        {
            state.AddError(prefix, problem.Field, problem.Message);
        }
    }

    private static void AddError(this ModelStateDictionary state, string prefix, string field, string message)
    {
        var key = string.IsNullOrEmpty(prefix) ? field : string.IsNullOrEmpty(field) ? prefix : $"{prefix}.{field}";
        if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            return;
        }
        state.AddModelError(key, message);
    }
}
