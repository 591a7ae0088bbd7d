using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Infrastructure.Forms;

public static class FormValidation
{
    /// <summary>Every form's validator in the site, found by type; a controller asks for <c>IValidator&lt;TForm&gt;</c>.</summary>
    public static IServiceCollection AddFormValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, includeInternalTypes: true);

    /// <summary>Runs the form's validator and puts what it finds on the page; true when the page has no errors at all.</summary>
    public static async Task<bool> ValidateIntoAsync<TForm>(this IValidator<TForm> validator, TForm form, ModelStateDictionary state, CancellationToken ct = default)
    {
        state.AddErrors(await validator.ValidateAsync(form, ct));
        return state.IsValid;
    }

    /// <summary>As above, for a form bound under a prefix (<c>[Bind(Prefix = "Form")]</c>): its errors land on <c>prefix.Field</c>.</summary>
    public static async Task<bool> ValidateIntoAsync<TForm>(this IValidator<TForm> validator, TForm form, ModelStateDictionary state, string prefix, CancellationToken ct = default)
    {
        state.AddErrors(await validator.ValidateAsync(form, ct), prefix);
        return state.IsValid;
    }
}
