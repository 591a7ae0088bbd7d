using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Infrastructure.Forms;

/// <summary>
/// What a form's validator needs beyond the form (the organisation's sites, the stored record), passed the
/// FluentValidation way: as root context data, one typed record per form. A rule reads it with
/// <c>context.FormContext&lt;TContext&gt;()</c>.
/// </summary>
public static class FormContexts
{
    /// <summary>Runs the form's validator with its context and puts what it finds on the page; true when the page has no errors at all.</summary>
    public static async Task<bool> ValidateIntoAsync<TForm, TContext>(this IValidator<TForm> validator, TForm form, TContext context, ModelStateDictionary state, CancellationToken ct = default)
        where TContext : class
    {
        var validation = new ValidationContext<TForm>(form);
        validation.RootContextData[KeyOf<TContext>()] = context;
        state.AddErrors(await validator.ValidateAsync(validation, ct));
        return state.IsValid;
    }

    /// <summary>The context the controller passed with the form.</summary>
    public static TContext FormContext<TContext>(this IValidationContext validation) where TContext : class =>
        validation.RootContextData.TryGetValue(KeyOf<TContext>(), out var value) && value is TContext context
            ? context
            : throw new InvalidOperationException($"Validate with a {typeof(TContext).Name}: ValidateIntoAsync(form, context, ModelState).");

    private static string KeyOf<TContext>() => typeof(TContext).FullName!;
}
