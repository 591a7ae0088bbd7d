using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Infrastructure.Forms;

/// <summary>
/// How a controller validates a form (decision 0034). What a validator needs besides the form (the stored record, the
/// draft's answers, the choices offered) goes in as one typed context record, FluentValidation's root context data; a
/// rule reads it with <c>validation.FormContext&lt;TContext&gt;()</c>.
/// </summary>
public static class FormValidation
{
    /// <summary>Every form's validator in the site, found by type; a controller asks for <c>IValidator&lt;TForm&gt;</c>.</summary>
    public static IServiceCollection AddFormValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, includeInternalTypes: true);

    /// <summary>
    /// Runs the form's validator and puts what it finds on the page, under <paramref name="prefix"/> for a form bound with one
    /// (<c>[Bind(Prefix = "Form")]</c>); true when the page has no errors at all.
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<TForm>(this IValidator<TForm> validator, TForm form, ModelStateDictionary state, string prefix = "", CancellationToken ct = default)
    {
        state.AddErrors(await validator.ValidateAsync(form, ct), prefix);
        ColumnLengths.AddErrors(form, state, prefix);
        return state.IsValid;
    }

    public static Task<bool> ValidateIntoAsync<TForm>(this IValidator<TForm> validator, TForm form, ModelStateDictionary state, CancellationToken ct) =>
        validator.ValidateIntoAsync(form, state, "", ct);

    /// <summary>As above, with the context the validator's rules read.</summary>
    public static async Task<bool> ValidateIntoAsync<TForm, TContext>(this IValidator<TForm> validator, TForm form, TContext context, ModelStateDictionary state, string prefix = "", CancellationToken ct = default)
        where TContext : class
    {
        state.AddErrors(await validator.ValidateAsync(With(form, context), ct), prefix);
        ColumnLengths.AddErrors(form, state, prefix);
        return state.IsValid;
    }

    public static Task<bool> ValidateIntoAsync<TForm, TContext>(this IValidator<TForm> validator, TForm form, TContext context, ModelStateDictionary state, CancellationToken ct)
        where TContext : class =>
        validator.ValidateIntoAsync(form, context, state, "", ct);

    /// <summary>The validation of <paramref name="form"/> carrying <paramref name="context"/>, for a caller (or test) that runs the validator itself.</summary>
    public static ValidationContext<TForm> With<TForm, TContext>(TForm form, TContext context) where TContext : class
    {
        var validation = new ValidationContext<TForm>(form);
        validation.RootContextData[Key] = context;
        return validation;
    }

    /// <summary>The context the form was validated with.</summary>
    public static TContext FormContext<TContext>(this IValidationContext validation) where TContext : class =>
        validation.RootContextData.TryGetValue(Key, out var value) && value is TContext context
            ? context
            : throw new InvalidOperationException($"Validate with a {typeof(TContext).Name}: ValidateIntoAsync(form, context, ModelState).");

    private const string Key = "FormContext";
}
