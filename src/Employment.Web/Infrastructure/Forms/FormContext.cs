using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Infrastructure.Forms;

/// <summary>
/// What a validator needs besides the form (the stored record, today's date, the choices offered), handed over as
/// FluentValidation root context data under one key; a rule reads it with <see cref="Of{TContext}"/>.
/// </summary>
public static class FormContext
{
    private const string Key = "FormContext";

    /// <summary>Runs the validator with <paramref name="context"/> and puts what it finds on the page; true when the page has no errors at all.</summary>
    public static async Task<bool> ValidateIntoAsync<TForm, TContext>(this IValidator<TForm> validator, TForm form, TContext context, ModelStateDictionary state, string prefix = "", CancellationToken ct = default)
        where TContext : notnull
    {
        state.AddErrors(await validator.ValidateAsync(With(form, context), ct), prefix);
        return state.IsValid;
    }

    /// <summary>The validation context carrying <paramref name="context"/>, for calling a validator directly (tests).</summary>
    public static ValidationContext<TForm> With<TForm, TContext>(TForm form, TContext context) where TContext : notnull
    {
        var validation = new ValidationContext<TForm>(form);
        validation.RootContextData[Key] = context;
        return validation;
    }

    public static TContext Of<TContext>(IValidationContext validation) => (TContext)validation.RootContextData[Key];
}
